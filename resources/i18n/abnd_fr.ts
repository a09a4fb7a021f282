<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Charts</name>
    <message>
        <location filename="../../gui/common/charts.py" line="+198"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Fiscal space</source>
        <translation>Espace budgétaire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>As saved</source>
        <translation>Tel qu’enregistré</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>&lt;b&gt;total&lt;/b&gt;: {value}</source>
        <translation>&lt;b&gt;total&lt;/b&gt;&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fiscal space: {value}</source>
        <translation>espace budgétaire&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}: {value}</source>
        <translation>{label} : {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>as saved: {value}</source>
        <translation>tel qu’enregistré&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cost of the package</source>
        <translation>Coût de l’ensemble de prestations</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;b&gt;financing&lt;/b&gt;: {value}</source>
        <translation>&lt;b&gt;financement&lt;/b&gt; : {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cost: {value}</source>
        <translation>coût : {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;gap&lt;/b&gt;: {value}</source>
        <translation>&lt;b&gt;déficit&lt;/b&gt; : {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;surplus&lt;/b&gt;: {value}</source>
        <translation>&lt;b&gt;excédent&lt;/b&gt; : {value}</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../gui/history/compare.py" line="+47"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>% of GDP</source>
        <translation>% du PIB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cost in {currency}</source>
        <translation>coût en {currency}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assumption</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A:</source>
        <translation>A :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B:</source>
        <translation>B :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Costs in</source>
        <translation>Coûts en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {number}: {name}</source>
        <translation>Version {number} : {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another file...</source>
        <translation>Un autre fichier…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Compare with a project file</source>
        <translation>Comparer avec un fichier de projet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ABND projects (*.abnd *.json)</source>
        <translation>Projets ABND (*.abnd *.json)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Comparing...</source>
        <translation>Comparaison en cours…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n assumption(s) differ</source>
        <translation>
            <numerusform>%n hypothèse diffère</numerusform>
            <numerusform>%n hypothèses diffèrent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cell(s) differ</source>
        <translation>
            <numerusform>%n cellule diffère</numerusform>
            <numerusform>%n cellules diffèrent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scenario or package</source>
        <translation>Scénario ou ensemble</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{year}: A</source>
        <translation>{year} : A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year}: B</source>
        <translation>{year} : B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change</source>
        <translation>écart</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>package</source>
        <translation>ensemble</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>scenario</source>
        <translation>scénario</translation>
    </message>
</context>
<context>
    <name>ConsultationPanel</name>
    <message>
        <location filename="../../gui/matrix/consultation.py" line="+52"/>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency that made the comment (MoF, ILO, a union...)</source>
        <translation>L’organisme auteur du commentaire (MEF, OIT, un syndicat…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agency&apos;s comment on this recommendation</source>
        <translation>Le commentaire de l’organisme sur cette recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the agency said; Enter adds it with today&apos;s date</source>
        <translation>Ce qu’a dit l’organisme&#x202f;; Entrée l’ajoute avec la date du jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add comment</source>
        <translation>Ajouter le commentaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete comment</source>
        <translation>Supprimer le commentaire</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Consultation: choose a row of the matrix.</source>
        <translation>Consultation : choisissez une ligne de la matrice.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{status} since {date}</source>
        <translation>{status} depuis le {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation on “{title}” — status: {status}</source>
        <translation>Consultation sur « {title} » — statut : {status}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A comment needs the agency and the text.</source>
        <translation>Un commentaire demande l’organisme et le texte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a comment</source>
        <translation>Ajouter un commentaire</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a comment first.</source>
        <translation>Sélectionnez d’abord un commentaire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete a comment</source>
        <translation>Supprimer un commentaire</translation>
    </message>
</context>
<context>
    <name>CountryModels</name>
    <message>
        <location filename="../../gui/country/models.py" line="+120"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Derived (5-year groups split by Sprague, or years interpolated)</source>
        <translatorcomment>Native review: groupe d’âge is proposed (glossary: age group), standard, not seen verbatim (glossary also gives « tranche d’âge »).</translatorcomment>
        <translation>Valeur dérivée (groupes d’âge quinquennaux répartis par la méthode de Sprague, ou années interpolées)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Edit population, {sex} aged {age}, in {year}</source>
        <translation>Modifier la population ({sex}, {age} ans) en {year}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Real GDP growth (%)</source>
        <translatorcomment>Native review: croissance du PIB réel is proposed (glossary: real GDP growth), standard, not seen verbatim.</translatorcomment>
        <translation>Croissance du PIB réel (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDP deflator growth (%)</source>
        <translation>Croissance du déflateur du PIB (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPI inflation (%)</source>
        <translation>Inflation mesurée par l’IPC (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gov. spending (% GDP)</source>
        <translation>Dépenses publiques (% du PIB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gov. revenue (% GDP)</source>
        <translation>Recettes publiques (% du PIB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real wage growth (%)</source>
        <translation>Croissance des salaires réels (%)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nominal GDP ({currency})</source>
        <translation>PIB nominal ({currency})</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Edit {series} in {year}</source>
        <translation>Modifier {series} en {year}</translation>
    </message>
</context>
<context>
    <name>CountryTab</name>
    <message>
        <location filename="../../gui/country/tab.py" line="+49"/>
        <source>Nominal GDP in the base year</source>
        <translation>PIB nominal de l’année de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poverty line, per person a month</source>
        <translation>Seuil de pauvreté, par personne et par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum wage, a month</source>
        <translation>Salaire minimum, par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average wage, a month</source>
        <translatorcomment>Native review: salaire moyen is proposed (glossary: average wage), standard, not seen on a page.</translatorcomment>
        <translation>Salaire moyen, par mois</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economy</source>
        <translation>Économie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour</source>
        <translation>Marché du travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Checks on the data&lt;/b&gt; (double-click to go there)</source>
        <translation>&lt;b&gt;Contrôles des données&lt;/b&gt; (double-cliquer pour y aller)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The year the table and the pyramid show</source>
        <translation>Année affichée dans le tableau et la pyramide des âges</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Year:</source>
        <translation>Année&#xa0;:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{field}, in {currency}, in the base year; e.g. {example}</source>
        <translation>{field}, en {currency}, pour l’année de base&#x202f;; p.&#xa0;ex. {example}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fiscal year starts in</source>
        <translation>L’exercice budgétaire commence en</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Base-year anchors&lt;/b&gt; (local currency)</source>
        <translation>&lt;b&gt;Références de l’année de base&lt;/b&gt; (monnaie nationale)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ages</source>
        <translation>Âges</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From year</source>
        <translation>À partir de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Participation rate</source>
        <translatorcomment>Native review: taux d’activité is proposed (glossary: labour force participation rate), INSEE term, not seen on a page.</translatorcomment>
        <translation>Taux d’activité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a rate</source>
        <translation>Ajouter un taux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete rate</source>
        <translation>Supprimer le taux</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unemployment rate</source>
        <translation>Taux de chômage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informal share of employment</source>
        <translatorcomment>Native review: part de l’emploi informel is proposed (glossary: informality share), composed.</translatorcomment>
        <translation>Part de l’emploi informel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 2 %, or 2025: 2 %; 2030: 1.5 %</source>
        <translation>p.&#xa0;ex. 2&#xa0;%, ou 2025&#xa0;: 2&#xa0;%&#x202f;; 2030&#xa0;: 1,5&#xa0;%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}, in %: one value for every year, or values by year (years between are interpolated)</source>
        <translation>{field}, en %&#xa0;: une valeur pour toutes les années, ou des valeurs par année (les années intermédiaires sont interpolées)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Input</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source note</source>
        <translation>Note sur la source</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>To fill in: {message}</source>
        <translation>À compléter&#xa0;: {message}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No problem found in the country data.</source>
        <translation>Aucun problème trouvé dans les données du pays.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No labour data in this project.</source>
        <translation>Ce projet ne contient pas de données sur le marché du travail.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Edit {item}</source>
        <translation>Modifier {item}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit labour data</source>
        <translation>Modifier les données du marché du travail</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>row {row}: &quot;{text}&quot; is not a year</source>
        <translation>ligne {row}&#xa0;: &quot;{text}&quot; n’est pas une année</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>row {row}: {reason}</source>
        <translation>ligne {row}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit participation rates</source>
        <translatorcomment>Native review: taux d’activité is proposed (glossary: labour force participation rate), INSEE term, not seen on a page.</translatorcomment>
        <translation>Modifier les taux d’activité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a participation rate</source>
        <translatorcomment>Native review: taux d’activité is proposed (glossary: labour force participation rate), INSEE term, not seen on a page.</translatorcomment>
        <translation>Ajouter un taux d’activité</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete a participation rate</source>
        <translatorcomment>Native review: taux d’activité is proposed (glossary: labour force participation rate), INSEE term, not seen on a page.</translatorcomment>
        <translation>Supprimer un taux d’activité</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit source note</source>
        <translation>Modifier la note sur la source</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Economy: {name}</source>
        <translation>Économie&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population in {year}</source>
        <translation>Population en {year}</translation>
    </message>
</context>
<context>
    <name>CrashNet</name>
    <message>
        <location filename="../../gui/shell/crash.py" line="+45"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ABND Studio met an unexpected problem and stopped that action. Your project is as it was before it: every edit is saved when you make it.

The details are in this file, for the support team:
{path}</source>
        <translation>ABND Studio a rencontré un problème inattendu et a interrompu cette action. Votre projet est tel qu’il était avant&#xa0;: chaque modification est enregistrée au moment où vous la faites.

Les détails se trouvent dans ce fichier, pour l’équipe d’assistance&#xa0;:
{path}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../gui/shell/dialogs.py" line="+68"/>
        <source>Child benefit, ages 0-5</source>
        <translation>Allocation pour enfants, 0-5 ans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social pension, 65 and over</source>
        <translation>Pension sociale, 65 ans et plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability benefit</source>
        <translation>Prestation d’invalidité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maternity benefit</source>
        <translation>Prestation de maternité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health care for the uncovered</source>
        <translation>Soins de santé pour les personnes non couvertes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New project from country data</source>
        <translation>Nouveau projet à partir des données d’un pays</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scenarios to start with; their benefits start from an anchor the country data have, and Country data lists what else they need</source>
        <translation>Scénarios de départ&#x202f;; leurs prestations partent d’une référence que les données du pays contiennent, et Données du pays indique ce qui leur manque encore</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base year</source>
        <translation>Année de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End year</source>
        <translation>Année de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with</source>
        <translation>Commencer avec</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save the new project as</source>
        <translation>Enregistrer le nouveau projet sous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ABND project (*.abnd)</source>
        <translation>Projet ABND (*.abnd)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>already exists; choose another name</source>
        <translation>existe déjà&#x202f;; choisissez un autre nom</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create the project</source>
        <translation>Impossible de créer le projet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open a project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ABND projects (*.abnd *.json);;All files (*)</source>
        <translation>Projets ABND (*.abnd *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save a copy and continue in it</source>
        <translation>Enregistrer une copie et continuer dans celle-ci</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot save the copy</source>
        <translation>Impossible d’enregistrer la copie</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import national data</source>
        <translation>Importer des données nationales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data files (*.csv *.xlsx)</source>
        <translation>Fichiers de données (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import {file}</source>
        <translation>Importer {file}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed:</source>
        <translation>Ce qui a changé&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Years between the imported years</source>
        <translation>Années situées entre les années importées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file gives population for some years only. The project has {count} year(s) between them ({years}) from its own data: keeping them would mix two sources.</source>
        <translation>Le fichier ne donne la population que pour certaines années. Le projet a {count} année(s) intermédiaire(s) ({years}) issue(s) de ses propres données&#xa0;: les conserver mélangerait deux sources.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interpolate between the imported years</source>
        <translation>Interpoler entre les années importées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the project&apos;s years</source>
        <translation>Conserver les années du projet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the import template</source>
        <translation>Enregistrer le modèle d’import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot save the template</source>
        <translation>Impossible d’enregistrer le modèle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template saved to {path}</source>
        <translation>Modèle enregistré dans {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ABND report (*.pdf)</source>
        <translation>Rapport ABND (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ABND report, editable in Word (*.docx)</source>
        <translation>Rapport ABND, modifiable dans Word (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ABND report, editable (*.odt)</source>
        <translation>Rapport ABND, modifiable (*.odt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAP workbook with live formulas (*.xlsx)</source>
        <translation>Classeur RAP avec formules actives (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results table (*.xlsx)</source>
        <translatorcomment>Native review: Tableau is proposed (glossary: Table), usual UI word, no page recorded.</translatorcomment>
        <translation>Tableau des résultats (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results table (*.csv)</source>
        <translatorcomment>Native review: Tableau is proposed (glossary: Table), usual UI word, no page recorded.</translatorcomment>
        <translation>Tableau des résultats (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results (*.json)</source>
        <translation>Résultats (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project exchange file (*.json)</source>
        <translation>Fichier d’échange du projet (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RAP &amp;workbook with live formulas...</source>
        <translation>&amp;Classeur RAP avec formules actives…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results table (&amp;Excel)...</source>
        <translation>Tableau des résultats (&amp;Excel)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results table (&amp;CSV)...</source>
        <translation>Tableau des résultats (&amp;CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results (&amp;JSON)...</source>
        <translation>Résultats (&amp;JSON)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project exchange file (JSO&amp;N)...</source>
        <translation>Fichier d’échange du projet (JSO&amp;N)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+38"/>
        <source>Cannot export</source>
        <translation>Impossible d’exporter</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+38"/>
        <location line="+21"/>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>could not be written ({reason})</source>
        <translation>n’a pas pu être écrit ({reason})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exporting to {path}...</source>
        <translation>Exportation vers {path}…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>ABND Studio user guide</source>
        <translation>Guide de l’utilisateur d’ABND Studio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source># ABND Studio {version}</source>
        <translation># ABND Studio {version}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About ABND Studio</source>
        <translation>À propos d’ABND Studio</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../../engine/analysis/cost_model.py" line="+94"/>
        <source>&quot;{key}&quot; is not a costed scenario of this project</source>
        <comment>uncertainty.key_costed_scenario_project</comment>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>&quot;{key}&quot; n’est pas un scénario chiffré de ce projet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;{key}&quot; is not a costed package of this project</source>
        <comment>uncertainty.key_costed_package_project</comment>
        <translatorcomment>Native review: ensemble de prestations is proposed (glossary: package (of benefits)), composed; « panier de prestations » also occurs.</translatorcomment>
        <translation>&quot;{key}&quot; n’est pas un ensemble de prestations chiffré de ce projet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the financing gap is a package&apos;s: use --package</source>
        <comment>uncertainty.gap_of_a_package</comment>
        <translation>le déficit de financement est celui d’un ensemble de prestations : utilisez --package</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>package &quot;{key}&quot; has no financing source, so it has no financing gap</source>
        <comment>uncertainty.no_financing_gap</comment>
        <translation>l’ensemble de prestations « {key} » n’a pas de source de financement, donc pas de déficit de financement</translation>
    </message>
    <message>
        <location filename="../../engine/analysis/uncertainty.py" line="+98"/>
        <source>{year} is outside the projection years {first}-{last}</source>
        <comment>uncertainty.year_outside_projection_years</comment>
        <translation>{year} est hors de la période de projection {first}-{last}</translation>
    </message>
    <message>
        <location filename="../../engine/analysis/draws.py" line="+31"/>
        <source>&quot;{assumption}&quot; is not one of {assumptions}</source>
        <comment>uncertainty.assumption_one_assumptions</comment>
        <translation>&quot;{assumption}&quot; ne figure pas parmi {assumptions}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>low {low:g} is above high {high:g}</source>
        <comment>uncertainty.low_low_g_above</comment>
        <translation>la valeur basse {low:g} est supérieure à la valeur haute {high:g}</translation>
    </message>
    <message>
        <location filename="../../engine/analysis/uncertainty.py" line="+71"/>
        <source>must be at least 1</source>
        <comment>uncertainty.must_least</comment>
        <translation>doit valoir au moins 1</translation>
    </message>
    <message>
        <location filename="../../engine/cli/analysis.py" line="+109"/>
        <source>&quot;{name}&quot;: use a .csv or .json file name</source>
        <comment>analysis.name_use_csv_json</comment>
        <translation>&quot;{name}&quot;&#xa0;: utilisez un nom de fichier en .csv ou .json</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{row}: {name} is not a finite number; nothing was written</source>
        <comment>analysis.row_name_finite_number</comment>
        <translatorcomment>Native review: nombre fini is not in the glossary (finite number: not Infinity or NaN), standard mathematical term.</translatorcomment>
        <translation>{row}&#xa0;: {name} n’est pas un nombre fini&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <location filename="../../engine/cli/commands.py" line="+43"/>
        <source>already exists; choose another name</source>
        <comment>commands.already_exists_choose_another</comment>
        <translation>existe déjà&#x202f;; choisissez un autre nom</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the workbook is an .xlsx file; name it ....xlsx</source>
        <comment>commands.workbook_xlsx</comment>
        <translation>le classeur est un fichier .xlsx&#x202f;; donnez-lui un nom se terminant par .xlsx</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the template is an .xlsx workbook; name it ....xlsx</source>
        <comment>commands.template_xlsx</comment>
        <translation>le modèle est un classeur .xlsx&#x202f;; donnez-lui un nom se terminant par .xlsx</translation>
    </message>
    <message>
        <location filename="../../engine/countries/bundled.py" line="+69"/>
        <source>no bundled data for &quot;{iso3}&quot;; bundled: {known}</source>
        <comment>bundled.no_bundled_data_iso</comment>
        <translation>ABND Studio ne fournit pas de données pour &quot;{iso3}&quot;&#x202f;; pays fournis&#xa0;: {known}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is not {format}</source>
        <comment>bundled.format</comment>
        <translation>n’est pas {format}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{base}-{end} is outside the bundled population, {first_year}-{last_year}; choose a base year before the end year within it</source>
        <comment>bundled.base_end_outside_bundled</comment>
        <translation>{base}-{end} sort de la période pour laquelle ABND Studio fournit la population ({first_year}-{last_year})&#x202f;; choisissez dans cette période une année de base antérieure à l’année de fin</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>gives no value for {year}</source>
        <comment>bundled.gives_no_value_year</comment>
        <translation>ne donne aucune valeur pour {year}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{base} is before the first bundled GDP year, {gdp}</source>
        <comment>bundled.base_before_first_bundled</comment>
        <translation>{base} précède la première année pour laquelle ABND Studio fournit le PIB ({gdp})</translation>
    </message>
    <message>
        <location filename="../../engine/domain/ages.py" line="+22"/>
        <source>&quot;{raw}&quot; is not an age group such as &quot;0-4&quot; or &quot;100+&quot;</source>
        <comment>ages.raw_age_group_such</comment>
        <translatorcomment>Native review: groupe d’âge is proposed (glossary: age group), standard, not seen verbatim (glossary also gives « tranche d’âge »).</translatorcomment>
        <translation>&quot;{raw}&quot; n’est pas un groupe d’âge comme &quot;0-4&quot; ou &quot;100+&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;{raw}&quot;: ages must be between 0 and 100</source>
        <comment>ages.raw_ages_must_between</comment>
        <translation>&quot;{raw}&quot;&#xa0;: les âges doivent être compris entre 0 et 100</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;{raw}&quot;: the age group is reversed</source>
        <comment>ages.raw_age_group_reversed</comment>
        <translatorcomment>Native review: groupe d’âge is proposed (glossary: age group), standard, not seen verbatim (glossary also gives « tranche d’âge »).</translatorcomment>
        <translation>&quot;{raw}&quot;&#xa0;: le groupe d’âge est inversé (l’âge de début dépasse l’âge de fin)</translation>
    </message>
    <message>
        <location filename="../../engine/edits/apply.py" line="+104"/>
        <source>has no entry &quot;{key}&quot;</source>
        <comment>apply.has_no_entry_key</comment>
        <translation>ne contient aucune entrée &quot;{key}&quot;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;{kind}&quot; is not something a project holds</source>
        <comment>apply.kind_something_project_holds</comment>
        <translation>&quot;{kind}&quot; n’est pas un type d’élément qu’un projet contient</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+47"/>
        <source>position {position} is outside 0-{count}</source>
        <comment>apply.position_position_outside_count</comment>
        <translation>la position {position} est hors de l’intervalle 0-{count}</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>its key is &quot;{key_of}&quot;, not &quot;{key}&quot;</source>
        <comment>apply.its_key_key_key</comment>
        <translation>sa clé est &quot;{key_of}&quot;, et non &quot;{key}&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+67"/>
        <source>is required and cannot be removed</source>
        <comment>apply.required_cannot_removed</comment>
        <translation>est obligatoire et ne peut pas être supprimé</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>is not a project field (one of {fields})</source>
        <comment>apply.project_field_one_fields</comment>
        <translation>n’est pas un champ du projet (champs possibles&#xa0;: {fields})</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>is empty; give at least one population row</source>
        <comment>apply.empty_give_least_one</comment>
        <translation>est vide&#x202f;; donnez au moins une ligne de population</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>repeats row {seen} ({key})</source>
        <comment>apply.repeats_row_seen_key</comment>
        <translation>répète la ligne {seen} ({key})</translation>
    </message>
    <message>
        <location filename="../../engine/format/json_file.py" line="+48"/>
        <source>does not exist or is not a file</source>
        <comment>json_file.does_exist_file</comment>
        <translation>n’existe pas ou n’est pas un fichier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file is {size:.0f} MB; the limit is 200 MB</source>
        <comment>json_file.file_size_f_mb</comment>
        <translation>le fichier fait {size:.0f}&#xa0;Mo&#x202f;; la limite est de 200&#xa0;Mo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot be read ({reason})</source>
        <comment>json_file.cannot_read_value</comment>
        <translation>ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is not UTF-8 text (byte 0x{raw:02x} at position {start})</source>
        <comment>json_file.utf_text_byte_x</comment>
        <translation>n’est pas du texte UTF-8 (octet 0x{raw:02x} à la position {start})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is empty</source>
        <comment>json_file.empty</comment>
        <translation>est vide</translation>
    </message>
    <message>
        <location filename="../../engine/format/read.py" line="+68"/>
        <source>expected &quot;{format}&quot;: this is not an ABND Studio project</source>
        <comment>read.expected_format_abnd_studio</comment>
        <translation>&quot;{format}&quot; attendu&#xa0;: ce n’est pas un projet ABND Studio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{version} is newer than this version of ABND Studio reads ({readable}); update ABND Studio to open it</source>
        <comment>read.version_newer_than_version</comment>
        <translation>la version {version} est plus récente que la dernière que cette version d’ABND Studio sait lire ({readable})&#x202f;; mettez à jour ABND Studio pour ouvrir ce fichier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected {map}, found {describe}</source>
        <comment>read.expected_map_found_describe</comment>
        <translation>attendu&#xa0;: {map}&#x202f;; trouvé&#xa0;: {describe}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>is missing; a projection over more than one year ({base}-{end}) needs it</source>
        <comment>read.missing_projection_over_more</comment>
        <translation>est manquant&#x202f;; une projection sur plus d’une année ({base}-{end}) en a besoin</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>is new in format version 2; this file says format_version 1</source>
        <comment>read.new_format_version_file</comment>
        <translation>est nouveau dans la version 2 du format&#x202f;; ce fichier indique format_version 1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>is new in format version 3; this file says format_version {version}</source>
        <comment>read.new_in_format_version_3</comment>
        <translation>est nouveau dans la version 3 du format ; ce fichier indique format_version {version}</translation>
    </message>
    <message>
        <location filename="../../engine/format/references.py" line="+27"/>
        <source>&quot;{replaces}&quot; is not the id of any scenario</source>
        <comment>read.replaces_id_any_scenario</comment>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>&quot;{replaces}&quot; n’est l’identifiant d’aucun scénario</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;{replaces}&quot; is not an existing scheme</source>
        <comment>read.replaces_existing_scheme</comment>
        <translation>&quot;{replaces}&quot; n’est pas un régime existant</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;{member}&quot; is not the id of any scenario</source>
        <comment>read.member_id_any_scenario</comment>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>&quot;{member}&quot; n’est l’identifiant d’aucun scénario</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;{linked}&quot; is not the id of any scenario</source>
        <comment>read.linked_id_any_scenario</comment>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>&quot;{linked}&quot; n’est l’identifiant d’aucun scénario</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;{source}&quot; is not the id of any financing source</source>
        <comment>read.financing_id_any_source</comment>
        <translation>« {source} » n’est l’identifiant d’aucune source de financement</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;{other}&quot; is not the id of any scenario</source>
        <comment>read.contributions_id_any_scenario</comment>
        <translation>« {other} » n’est l’identifiant d’aucun scénario</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;{other}&quot; is a {kind} scenario, whose beneficiaries are not members paying contributions (use one of: {kinds})</source>
        <comment>read.contributions_kind_not_members</comment>
        <translation>« {other} » est un scénario de type {kind}, dont les bénéficiaires ne sont pas des affiliés qui cotisent (utilisez l’un de : {kinds})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;{other}&quot; is not the id of any scenario</source>
        <comment>read.other_id_any_scenario</comment>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>&quot;{other}&quot; n’est l’identifiant d’aucun scénario</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a scenario cannot be covered by itself</source>
        <comment>read.scenario_cannot_covered_itself</comment>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>un scénario ne peut pas être couvert par lui-même</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;{other}&quot; is a {kind} scenario, whose beneficiaries have no age and sex to remove (use one of: {kinds})</source>
        <comment>read.other_kind_scenario_whose</comment>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.
Native review: bénéficiaires is proposed (glossary: beneficiaries), standard, not seen on a page.</translatorcomment>
        <translation>&quot;{other}&quot; est un scénario de type {kind}, dont les bénéficiaires ne sont pas répartis par âge et par sexe et ne peuvent donc pas être retirés (types possibles&#xa0;: {kinds})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is circular: {found} (a scheme cannot exclude the beneficiaries of a scheme that excludes its own)</source>
        <comment>read.circular_found_scheme_cannot</comment>
        <translatorcomment>Native review: bénéficiaires is proposed (glossary: beneficiaries), standard, not seen on a page.</translatorcomment>
        <translation>est circulaire&#xa0;: {found} (un régime ne peut pas exclure les bénéficiaires d’un régime qui exclut les siens)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;{item}&quot; is used twice; ids must be unique</source>
        <comment>read.item_used_twice_ids</comment>
        <translation>&quot;{item}&quot; est utilisé deux fois&#x202f;; les identifiants doivent être uniques</translation>
    </message>
    <message>
        <location filename="../../engine/format/read.py" line="+33"/>
        <source>&quot;{iso3}&quot; is not a three-letter ISO code such as &quot;LAO&quot;</source>
        <comment>read.iso_three_letter_iso</comment>
        <translation>&quot;{iso3}&quot; n’est pas un code ISO à trois lettres comme &quot;LAO&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{end} is before the base year {base}</source>
        <comment>read.end_before_base_year</comment>
        <translation>{end} précède l’année de base {base}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a horizon of {end} years is over the limit of 100</source>
        <comment>read.horizon_end_years_over</comment>
        <translation>un horizon de {end}&#xa0;ans dépasse la limite de 100&#xa0;ans</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a fiscal year starting in month {month} spans two calendar years, so the projection needs at least two (base {base} and end {end} are one); its first fiscal year ends in the year after the base year</source>
        <comment>read.fiscal_year_starting_month</comment>
        <translation>un exercice budgétaire commençant au mois {month} s’étend sur deux années civiles&#xa0;: la projection doit donc en compter au moins deux (l’année de base {base} et l’année de fin {end} n’en font qu’une)&#x202f;; son premier exercice se termine l’année qui suit l’année de base</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>is empty; give at least one population row</source>
        <comment>read.empty_give_least_one</comment>
        <translation>est vide&#x202f;; donnez au moins une ligne de population</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&quot;{group}&quot; is not a 5-year group (0-4, 5-9, ..., 95-99) or &quot;100+&quot;</source>
        <comment>read.group_year_group</comment>
        <translatorcomment>Native review: groupe d’âge is proposed (glossary: age group), standard, not seen verbatim (glossary also gives « tranche d’âge »).</translatorcomment>
        <translation>&quot;{group}&quot; n’est ni un groupe d’âge quinquennal (0-4, 5-9, ..., 95-99) ni &quot;100+&quot;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>give exactly one of &quot;age&quot; or &quot;age_group&quot;</source>
        <comment>read.give_exactly_one_age</comment>
        <translation>indiquez un seul des deux champs &quot;age&quot; et &quot;age_group&quot;</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>expected values per year such as {{&quot;2026&quot;: 1.2e12}}</source>
        <comment>read.expected_values_per_year</comment>
        <translation>valeurs par année attendues, par exemple {{&quot;2026&quot;: 1.2e12}}</translation>
    </message>
    <message>
        <location filename="../../engine/format/read_matrix.py" line="+19"/>
        <source>was replaced in format version 3 by financing sources: list the source in financing_sources and its id in the package&apos;s financing</source>
        <comment>read.envelope_replaced</comment>
        <translation>a été remplacé dans la version 3 du format par les sources de financement : indiquez la source dans financing_sources et son identifiant dans le financing de l’ensemble de prestations</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;{member}&quot; is listed twice</source>
        <comment>read.member_listed_twice</comment>
        <translation>&quot;{member}&quot; figure deux fois</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>repeats the comment id &quot;{id}&quot;</source>
        <comment>read.repeats_comment_id</comment>
        <translation>répète l’identifiant de commentaire « {id} »</translation>
    </message>
    <message>
        <location filename="../../engine/format/read.py" line="+71"/>
        <source>low {low:g} is above high {high:g}</source>
        <comment>read.low_low_g_above</comment>
        <translation>la valeur basse {low:g} est supérieure à la valeur haute {high:g}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>gives &quot;{name}&quot; more than once</source>
        <comment>read.gives_name_more_than</comment>
        <translation>donne &quot;{name}&quot; plus d’une fois</translation>
    </message>
    <message>
        <location filename="../../engine/format/read_scenario.py" line="+36"/>
        <source>is missing (this field is required)</source>
        <comment>read_scenario.missing_field_required</comment>
        <translation>est manquant (ce champ est obligatoire)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>needs the scheme&apos;s first year: give take_up per year or as a ramp (one number holds for every year, so the scheme has no first year)</source>
        <comment>read_scenario.needs_scheme_s_first</comment>
        <translation>nécessite la première année du régime&#xa0;: donnez take_up (taux de recours) par année ou en montée en charge (un nombre unique vaut pour toutes les années, le régime n’a donc pas de première année)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>is not used by scenarios of kind &apos;{kind}&apos;</source>
        <comment>read_scenario.used_scenarios_kind_kind</comment>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>n’est pas utilisé par les scénarios de type &quot;{kind}&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>names no scenario; leave it out instead</source>
        <comment>read_scenario.names_no_scenario_leave</comment>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>ne nomme aucun scénario&#x202f;; omettez plutôt ce champ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;{item}&quot; is listed twice</source>
        <comment>read_scenario.item_listed_twice</comment>
        <translation>&quot;{item}&quot; figure deux fois</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>gives no age band</source>
        <comment>read_scenario.gives_no_age_band</comment>
        <translatorcomment>Native review: tranche d’âge is proposed (glossary: age group), standard, not seen verbatim (glossary also gives « groupe d’âge »).</translatorcomment>
        <translation>ne donne aucune tranche d’âge</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>ages {low}-{high} overlap ages {other_low}-{other_high}</source>
        <comment>read_scenario.ages_ages_ages_overlap</comment>
        <translation>les âges {low}-{high} chevauchent les âges {other_low}-{other_high}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>is missing: give &quot;fixed&quot; or &quot;anchor&quot;</source>
        <comment>read_scenario.missing_give_fixed_anchor</comment>
        <translation>est manquant&#xa0;: indiquez &quot;fixed&quot; ou &quot;anchor&quot;</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>needs the scenario&apos;s ages, which a {value} kind has not</source>
        <comment>read_scenario.needs_scenario_s_ages</comment>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>a besoin des âges du scénario, que le type {value} n’a pas</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>gives no tier; give at least one age band</source>
        <comment>read_scenario.gives_no_tier_give</comment>
        <translatorcomment>Native review: tranche d’âge is proposed (glossary: age group), standard, not seen verbatim (glossary also gives « groupe d’âge »).</translatorcomment>
        <translation>ne donne aucun palier&#x202f;; donnez au moins une tranche d’âge</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{band} start below the scenario&apos;s {scenario_ages}</source>
        <comment>read_scenario.tier_below_ages</comment>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>{band}&#xa0;: le palier commence en deçà de la plage du scénario ({scenario_ages})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{band} overlap the tier that ends at age {age}</source>
        <comment>read_scenario.tier_overlap</comment>
        <translation>{band}&#xa0;: le palier chevauche celui qui se termine à l’âge {age}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{band} leave a gap: no tier pays {gap}</source>
        <comment>read_scenario.band_leave_gap_no</comment>
        <translation>{band}&#xa0;: il reste un vide, aucun palier ne couvre {gap}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{band} go past the scenario&apos;s {scenario_ages}</source>
        <comment>read_scenario.band_go_past_scenario</comment>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>{band}&#xa0;: au-delà de la plage du scénario ({scenario_ages})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} leave a gap: no tier pays {gap}</source>
        <comment>read_scenario.value_leave_gap_no</comment>
        <translation>{value}&#xa0;: il reste un vide, aucun palier ne couvre {gap}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>age {age}</source>
        <comment>read_scenario.age</comment>
        <translation>l’âge {age}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ages {low}-{high}</source>
        <comment>read_scenario.ages</comment>
        <translation>les âges {low}-{high}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{target_year} is before the start year {start_year}</source>
        <comment>read_scenario.target_year_before_start</comment>
        <translation>{target_year} précède l’année de départ {start_year}</translation>
    </message>
    <message>
        <location filename="../../engine/format/strict_json.py" line="+34"/>
        <source>is not valid JSON: {msg} at line {lineno} column {colno}</source>
        <comment>strict_json.valid_json_msg_line</comment>
        <translation>n’est pas du JSON valide&#xa0;: {msg} à la ligne {lineno}, colonne {colno}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not valid JSON: nested more than {depth} deep</source>
        <comment>strict_json.valid_json_nested_more</comment>
        <translation>n’est pas du JSON valide&#xa0;: plus de {depth}&#xa0;niveaux d’imbrication</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>is not valid JSON for a project: nested more than {depth} deep (at line {line})</source>
        <comment>strict_json.valid_json_project_nested</comment>
        <translation>n’est pas du JSON valide pour un projet&#xa0;: plus de {depth} niveaux d’imbrication (à la ligne {line})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} is not a number JSON allows; write a finite number</source>
        <comment>strict_json.name_number_json_allows</comment>
        <translatorcomment>Native review: nombre fini is not in the glossary (finite number: not Infinity or NaN), standard mathematical term.</translatorcomment>
        <translation>{name} n’est pas un nombre admis par JSON&#x202f;; écrivez un nombre fini</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the key &quot;{key}&quot; appears twice in the same object</source>
        <comment>strict_json.key_key_appears_twice</comment>
        <translation>la clé &quot;{key}&quot; apparaît deux fois dans le même objet</translation>
    </message>
    <message>
        <location filename="../../engine/format/validate.py" line="+41"/>
        <source>expected an object {{...}}, found {value}</source>
        <comment>validate.expected_object_found_value</comment>
        <translation>attendu&#xa0;: un objet {{...}}&#x202f;; trouvé&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a list [...], found {value}</source>
        <comment>validate.expected_list_found_value</comment>
        <translation>attendu&#xa0;: une liste [...]&#x202f;; trouvé&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>is missing (this field is required)</source>
        <comment>validate.missing_field_required</comment>
        <translation>est manquant (ce champ est obligatoire)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>expected text, found {value}</source>
        <comment>validate.expected_text_found_value</comment>
        <translation>attendu&#xa0;: du texte&#x202f;; trouvé&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must not be empty</source>
        <comment>validate.must_empty</comment>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>text is {count:,} characters long; the limit is {max_length:,}</source>
        <comment>validate.text_count_characters_long</comment>
        <translation>le texte compte {count:,}&#xa0;caractères&#x202f;; la limite est de {max_length:,}</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>unknown field (did you mean &apos;{hint}&apos;?)</source>
        <comment>validate.unknown_field_hint</comment>
        <translation>champ inconnu (vouliez-vous dire &quot;{hint}&quot;&#x202f;?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown field</source>
        <comment>validate.unknown_field</comment>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>text &quot;{text}&quot;</source>
        <comment>validate.describe_text</comment>
        <translation>le texte &quot;{text}&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a list</source>
        <comment>validate.describe_list</comment>
        <translation>une liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <comment>validate.describe_object</comment>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>holds the control character U+{code:04X} at position {position}, which no report or workbook can hold; remove it</source>
        <comment>validate.control_character</comment>
        <translation>contient le caractère de contrôle U+{code:04X} en position {position}, qu’aucun rapport ni classeur ne peut contenir&#x202f;; supprimez-le</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{value} is not one of {options}; did you mean &apos;{hint}&apos;?</source>
        <comment>validate.not_an_option_hint</comment>
        <translation>{value} ne figure pas parmi {options}&#x202f;; vouliez-vous dire &quot;{hint}&quot;&#x202f;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is not one of {options}</source>
        <comment>validate.not_an_option</comment>
        <translation>{value} ne figure pas parmi {options}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected true or false, found {value}</source>
        <comment>validate.expected_true_false_found</comment>
        <translation>attendu&#xa0;: true ou false&#x202f;; trouvé&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>expected a number, found {value}</source>
        <comment>validate.expected_number_found_value</comment>
        <translation>attendu&#xa0;: un nombre&#x202f;; trouvé&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{shown} is not a finite number</source>
        <comment>validate.shown_finite_number</comment>
        <translatorcomment>Native review: nombre fini is not in the glossary (finite number: not Infinity or NaN), standard mathematical term.</translatorcomment>
        <translation>{shown} n’est pas un nombre fini</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value:g} must be above 0</source>
        <comment>validate.value_g_must_above</comment>
        <translation>{value:g} doit être supérieur à 0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value:g} is not a whole number</source>
        <comment>validate.value_g_whole_number</comment>
        <translation>{value:g} n’est pas un nombre entier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value:g} is above 1 ({percent_hint})</source>
        <comment>validate.value_g_above_percent</comment>
        <translation>{value:g} est supérieur à 1 ({percent_hint})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value:g} is below the minimum {minimum:g}</source>
        <comment>validate.value_g_below_minimum</comment>
        <translation>{value:g} est inférieur au minimum {minimum:g}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{value:g} is above the maximum {maximum:g}</source>
        <comment>validate.value_g_above_maximum</comment>
        <translation>{value:g} est supérieur au maximum {maximum:g}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>did you mean {fraction:g} or {percent:g} %?</source>
        <comment>validate.percent_hint_small</comment>
        <translation>vouliez-vous dire {fraction:g} ou {percent:g}&#xa0;%&#x202f;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rates are fractions: did you mean {fraction:g} for {percent:g} %?</source>
        <comment>validate.percent_hint</comment>
        <translation>les taux s’écrivent en fraction de 1&#xa0;: vouliez-vous dire {fraction:g} pour {percent:g}&#xa0;%&#x202f;?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;{key}&quot; is not a year (expected keys such as &quot;2025&quot;)</source>
        <comment>validate.key_year_expected_keys</comment>
        <translation>&quot;{key}&quot; n’est pas une année (les clés doivent être des années comme &quot;2025&quot;)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>gives no year; give a number or at least one year</source>
        <comment>validate.gives_no_year_give</comment>
        <translation>ne donne aucune année&#x202f;; donnez un nombre ou au moins une année</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>expected two ages [from, to], found {count} values</source>
        <comment>validate.expected_two_ages_from</comment>
        <translation>attendu&#xa0;: deux âges [de, à]&#x202f;; trouvé&#xa0;: {count}&#xa0;valeurs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the age band is reversed: {low} is above {high}</source>
        <comment>validate.age_band_reversed_low</comment>
        <translatorcomment>Native review: tranche d’âge is proposed (glossary: age group), standard, not seen verbatim (glossary also gives « groupe d’âge »).</translatorcomment>
        <translation>la tranche d’âge est inversée&#xa0;: {low} est supérieur à {high}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;{shown}&quot; is not a valid id: use 1 to 64 letters, digits, dots, dashes or underscores (A-Z, a-z, 0-9, . - _), starting with a letter or digit</source>
        <comment>validate.shown_valid_id_use</comment>
        <translation>&quot;{shown}&quot; n’est pas un identifiant valide&#xa0;: utilisez de 1 à 64 lettres non accentuées, chiffres, points, tirets ou traits de soulignement (A-Z, a-z, 0-9, . - _), en commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;{value}&quot; is not a date written YYYY-MM-DD (e.g. 2025-05-03)</source>
        <comment>validate.not_iso_date</comment>
        <translation>« {value} » n’est pas une date écrite AAAA-MM-JJ (par ex. 2025-05-03)</translation>
    </message>
    <message>
        <location filename="../../engine/importing/csv_stream.py" line="+40"/>
        <source>is not valid CSV ({error})</source>
        <comment>csv_stream.valid_csv_error</comment>
        <translation>n’est pas du CSV valide ({error})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the file has more than {limit:,} rows (blank rows count too); the limit is {limit:,}</source>
        <comment>csv_stream.file_has_more_than</comment>
        <translation>le fichier compte plus de {limit:,} lignes (les lignes vides comptent aussi)&#x202f;; la limite est de {limit:,}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the line is longer than {limit} KB; the limit is {limit} KB (is this a CSV file?)</source>
        <comment>csv_stream.line_longer_than_max</comment>
        <translation>la ligne dépasse {limit} Ko&#x202f;; la limite est de {limit} Ko (s’agit-il bien d’un fichier CSV&#x202f;?)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is not UTF-8 text (byte 0x{raw:02x} at position {offset}); save it as &quot;CSV UTF-8&quot;</source>
        <comment>csv_stream.utf_text_byte_x</comment>
        <translation>n’est pas du texte UTF-8 (octet 0x{raw:02x} à la position {offset})&#x202f;; enregistrez-le au format &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <location filename="../../engine/importing/layouts.py" line="+79"/>
        <source>&quot;{strip}&quot; is not a number</source>
        <comment>layouts.strip_number</comment>
        <translation>&quot;{strip}&quot; n’est pas un nombre</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>is empty</source>
        <comment>layouts.empty</comment>
        <translation>est vide</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>has no column &quot;{name}&quot; ({what} needs {names})</source>
        <comment>layouts.has_no_column_name</comment>
        <translation>ne contient pas de colonne &quot;{name}&quot; ({what} nécessite {names})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>repeats {label} already given in row {seen}</source>
        <comment>layouts.repeats_label_already_given</comment>
        <translation>répète {label}, déjà donné à la ligne {seen}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;{raw}&quot;: the only open age group is &quot;100+&quot; (100 and over)</source>
        <comment>layouts.raw_only_open_age</comment>
        <translatorcomment>Native review: groupe d’âge is proposed (glossary: age group), standard, not seen verbatim (glossary also gives « tranche d’âge »).</translatorcomment>
        <translation>&quot;{raw}&quot;&#xa0;: le seul groupe d’âge ouvert est &quot;100+&quot; (100&#xa0;ans et plus)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>has a WPP header but no data rows</source>
        <comment>layouts.has_wpp_header_but</comment>
        <translation>a un en-tête WPP mais aucune ligne de données</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>has a WPP header but no births</source>
        <comment>layouts.has_wpp_header_but_2</comment>
        <translation>a un en-tête WPP mais aucune donnée de naissances</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no row is for {iso3}, the project&apos;s country</source>
        <comment>layouts.no_row_iso_project</comment>
        <translation>aucune ligne ne concerne {iso3}, le pays du projet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>holds {count} locations ({places}...); keep one country&apos;s rows or add an ISO3_code column</source>
        <comment>layouts.holds_count_locations_places</comment>
        <translatorcomment>Native review: « zones » renders WPP “locations” (countries, regions, world aggregates), composed.</translatorcomment>
        <translation>contient {count} zones ({places}...)&#x202f;; ne gardez que les lignes d’un seul pays ou ajoutez une colonne ISO3_code</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>needs a value column headed &quot;persons&quot; or &quot;thousands&quot;</source>
        <comment>layouts.needs_value_column_headed</comment>
        <translation>nécessite une colonne de valeurs intitulée &quot;persons&quot; ou &quot;thousands&quot;</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>is not a known column (expected {names})</source>
        <comment>layouts.known_column_expected_names</comment>
        <translation>n’est pas une colonne connue (colonnes attendues&#xa0;: {names})</translation>
    </message>
    <message>
        <location filename="../../engine/importing/read.py" line="+31"/>
        <source>holds no data to import (every sheet is empty)</source>
        <comment>read.holds_no_data_import</comment>
        <translation>ne contient aucune donnée à importer (toutes les feuilles sont vides)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>does not exist or is not a file</source>
        <comment>read.does_exist_file</comment>
        <translation>n’existe pas ou n’est pas un fichier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is {size:,.0f} MB; the limit is {limit} MB</source>
        <comment>read.size_f_mb_limit</comment>
        <translation>fait {size:,.0f}&#xa0;Mo&#x202f;; la limite est de {limit}&#xa0;Mo</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+39"/>
        <source>is empty</source>
        <comment>read.empty</comment>
        <translation>est vide</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>is neither a .csv file nor an .xlsx workbook</source>
        <comment>read.neither_csv_file_nor</comment>
        <translation>n’est ni un fichier .csv ni un classeur .xlsx</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>has several sheets with data ({names}) but not the template&apos;s sheets ({sheets})</source>
        <comment>read.has_several_sheets_data</comment>
        <translation>contient plusieurs feuilles de données ({names}) mais pas les feuilles du modèle ({sheets})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the headings ({header}) match no known layout: a UN WPP file (Time, AgeGrp, PopMale, PopFemale; or Time, Births) or a sheet of the ABND Studio template</source>
        <comment>read.headings_header_match_no</comment>
        <translation>les en-têtes ({header}) ne correspondent à aucun format connu&#xa0;: un fichier WPP des Nations Unies (Time, AgeGrp, PopMale, PopFemale&#x202f;; ou Time, Births) ou une feuille du modèle ABND Studio</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is missing; the template has the sheets {sheets} (leave a sheet empty to change nothing there)</source>
        <comment>read.missing_template_has_sheets</comment>
        <translatorcomment>Feminine on purpose: the place before this message is always a sheet (« feuille »).</translatorcomment>
        <translation>est manquante&#x202f;; le modèle comporte les feuilles {sheets} (laissez une feuille vide pour n’y rien changer)</translation>
    </message>
    <message>
        <location filename="../../engine/importing/tables.py" line="+51"/>
        <source>sheet {sheet}, row {row}, column {column} ({heading})</source>
        <comment>tables.sheet_row_column</comment>
        <translation>feuille {sheet}, ligne {row}, colonne {column} ({heading})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row {row}, column {column} ({heading})</source>
        <comment>tables.row_column</comment>
        <translation>ligne {row}, colonne {column} ({heading})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>sheet {sheet}</source>
        <comment>tables.sheet</comment>
        <translation>feuille {sheet}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sheet {sheet}, row {row:,}</source>
        <comment>tables.sheet_row</comment>
        <translation>feuille {sheet}, ligne {row:,}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row {row:,}</source>
        <comment>tables.row</comment>
        <translation>ligne {row:,}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>has {count:,} columns; the limit is {limit} (is this the right file?)</source>
        <comment>tables.has_count_columns_limit</comment>
        <translation>compte {count:,} colonnes&#x202f;; la limite est de {limit} (est-ce le bon fichier&#x202f;?)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>holds a value under no heading</source>
        <comment>tables.holds_value_under_no</comment>
        <translation>contient une valeur dans une colonne sans en-tête</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the data holds more than {limit:,} cells; the limit is {limit:,} (keep one country&apos;s rows)</source>
        <comment>tables.data_holds_more_than</comment>
        <translation>les données comptent plus de {limit:,} cellules&#x202f;; la limite est de {limit:,} (ne gardez que les lignes d’un seul pays)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the header cell is empty; every column needs a heading</source>
        <comment>tables.header_cell_empty_every</comment>
        <translation>la cellule d’en-tête est vide&#x202f;; chaque colonne doit avoir un en-tête</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the heading &quot;{heading}&quot; appears twice</source>
        <comment>tables.heading_heading_appears_twice</comment>
        <translation>l’en-tête &quot;{heading}&quot; apparaît deux fois</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>holds {count:,} characters; the limit for a cell is {limit:,}</source>
        <comment>tables.holds_count_characters_limit</comment>
        <translation>contient {count:,}&#xa0;caractères&#x202f;; la limite par cellule est de {limit:,}</translation>
    </message>
    <message>
        <location filename="../../engine/importing/workbook_read.py" line="+60"/>
        <source>cannot be read safely: this installation lacks defusedxml</source>
        <comment>workbook_read.cannot_read_safely_installation</comment>
        <translation>ne peut pas être lu en toute sécurité&#xa0;: il manque defusedxml à cette installation</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>is not a readable .xlsx workbook ({said})</source>
        <comment>workbook_read.readable_xlsx_workbook_said</comment>
        <translation>n’est pas un classeur .xlsx lisible ({said})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>holds {count:,} files; a workbook holds a few dozen</source>
        <comment>workbook_read.holds_count_files_workbook</comment>
        <translation>contient {count:,}&#xa0;fichiers&#x202f;; un classeur en contient quelques dizaines</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expands to {unpacked:,.0f} MB when unpacked; the limit for a workbook is {limit} MB (import a CSV file instead)</source>
        <comment>workbook_read.expands_unpacked_f_mb</comment>
        <translation>atteint {unpacked:,.0f} Mo une fois décompressé&#x202f;; la limite pour un classeur est de {limit} Mo (importez plutôt un fichier CSV)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{filename} declares a DOCTYPE (XML entities, which no spreadsheet needs and which can expand without end); it was not read</source>
        <comment>workbook_read.filename_declares_doctype_xml</comment>
        <translation>{filename} déclare un DOCTYPE (des entités XML, dont aucun classeur n’a besoin et qui peuvent s’étendre sans fin)&#x202f;; le classeur n’a pas été lu</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>declares the range {declared} ({rows:,} rows, {columns:,} columns); the limit is {row_limit:,} rows and {column_limit} columns</source>
        <comment>workbook_read.declares_range_declared_rows</comment>
        <translation>déclare la plage {declared} ({rows:,} lignes, {columns:,} colonnes)&#x202f;; la limite est de {row_limit:,} lignes et {column_limit} colonnes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>has more than {row_limit:,} rows; the limit is {row_limit:,}</source>
        <comment>workbook_read.has_more_than_max</comment>
        <translation>a plus de {row_limit:,}&#xa0;lignes&#x202f;; la limite est de {row_limit:,}</translation>
    </message>
    <message>
        <location filename="../../engine/method/compute.py" line="+378"/>
        <source>cannot be summed: scenario &quot;{blocked}&quot; has no results</source>
        <comment>compute.cannot_summed_scenario_blocked</comment>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>ne peuvent pas être additionnés&#xa0;: le scénario &quot;{blocked}&quot; n’a pas de résultats</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot be financed: source &quot;{source}&quot; has no amount ({reason})</source>
        <comment>compute.financing_source_blocked</comment>
        <translation>ne peut être financé : la source « {source} » n’a pas de montant ({reason})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>it has no results</source>
        <comment>compute.no_results</comment>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>ce scénario n’a pas de résultats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot remove the beneficiaries of &quot;{other}&quot;: {reason}</source>
        <comment>compute.cannot_remove_beneficiaries_other</comment>
        <translatorcomment>Native review: bénéficiaires is proposed (glossary: beneficiaries), standard, not seen on a page.</translatorcomment>
        <translation>impossible de retirer les bénéficiaires de &quot;{other}&quot;&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../engine/method/tables.py" line="+154"/>
        <source>{name} in {year} is not a finite number: the inputs are too large together (see the bounds in docs/json-format.md)</source>
        <comment>compute.name_year_finite_number</comment>
        <translatorcomment>Native review: nombre fini is not in the glossary (finite number: not Infinity or NaN), standard mathematical term.</translatorcomment>
        <translation>{name} en {year} n’est pas un nombre fini&#xa0;: les données d’entrée, combinées, sont trop grandes (voir les bornes dans docs/json-format.md)</translation>
    </message>
    <message>
        <location filename="../../engine/method/compute.py" line="+14"/>
        <source>not given, so the column &apos;% of government expenditure&apos; is left empty</source>
        <comment>compute.missing_expenditure</comment>
        <translation>cette donnée n’étant pas renseignée, la colonne &quot;% des dépenses publiques&quot; reste vide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not given, so the column &apos;% of government revenue&apos; is left empty</source>
        <comment>compute.missing_revenue</comment>
        <translation>cette donnée n’étant pas renseignée, la colonne &quot;% des recettes publiques&quot; reste vide</translation>
    </message>
    <message>
        <location filename="../../engine/method/context.py" line="+61"/>
        <source>the population has no data for ages {ages} in {years} (the band is {low}-{high})</source>
        <comment>context.population_missing</comment>
        <translatorcomment>Native review: tranche d’âge is proposed (glossary: age group), standard, not seen verbatim (glossary also gives « groupe d’âge »).</translatorcomment>
        <translation>les données de population manquent pour les âges {ages} en {years} (la tranche d’âge est {low}-{high})</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>births are not given, so they are taken as the population aged 0</source>
        <comment>context.births_aged_0</comment>
        <translation>les naissances ne sont pas fournies&#xa0;: elles sont donc prises égales à la population d’âge 0</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>births are not given, so they are estimated as the mean of the population aged 0 in the year and in the next (children aged 0 on 1 July were born in the 12 months before); infants who died before that age are not added back, so births are understated by about the infant mortality rate</source>
        <comment>context.births_centred</comment>
        <translation>les naissances ne sont pas fournies&#xa0;: elles sont donc estimées par la moyenne de la population d’âge 0 de l’année et de l’année suivante (les enfants d’âge 0 au 1er&#xa0;juillet sont nés dans les 12&#xa0;mois précédents)&#x202f;; les nourrissons décédés avant cet âge ne sont pas réintégrés, de sorte que les naissances sont sous-estimées dans une proportion proche du taux de mortalité infantile</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>births are not given, so they are estimated as the mean of the population aged 0 in the year and in the next (children aged 0 on 1 July were born in the 12 months before; in {last}, the last year of the population data, the population aged 0); infants who died before that age are not added back, so births are understated by about the infant mortality rate</source>
        <comment>context.births_centred_last</comment>
        <translation>les naissances ne sont pas fournies&#xa0;: elles sont donc estimées par la moyenne de la population d’âge 0 de l’année et de l’année suivante (les enfants d’âge 0 au 1er&#xa0;juillet sont nés dans les 12&#xa0;mois précédents&#x202f;; en {last}, dernière année des données de population, la population d’âge 0)&#x202f;; les nourrissons décédés avant cet âge ne sont pas réintégrés, de sorte que les naissances sont sous-estimées dans une proportion proche du taux de mortalité infantile</translation>
    </message>
    <message>
        <location filename="../../engine/method/demography.py" line="+79"/>
        <source>{base} is before the first population year ({known_years}); the engine never extrapolates population</source>
        <comment>demography.base_before_first_population</comment>
        <translation>{base} précède la première année des données de population ({known_years})&#x202f;; ABND Studio n’extrapole jamais la population</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{end} is past the last population year available ({known_years}); the engine never extrapolates population</source>
        <comment>demography.end_past_last_population</comment>
        <translation>{end} dépasse la dernière année disponible des données de population ({known_years})&#x202f;; ABND Studio n’extrapole jamais la population</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>duplicates population.rows[{sources}] (same year {year}, sex and age)</source>
        <comment>demography.duplicates_population_rows_sources</comment>
        <translation>répète population.rows[{sources}] (même année {year}, même sexe, même âge)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>age group overlaps population.rows[{single_source}] (age {age} in {year} is given twice)</source>
        <comment>demography.age_group_overlaps_population</comment>
        <translatorcomment>Native review: groupe d’âge is proposed (glossary: age group), standard, not seen verbatim (glossary also gives « tranche d’âge »).</translatorcomment>
        <translation>le groupe d’âge chevauche population.rows[{single_source}] (l’âge {age} en {year} est donné deux fois)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>age {clash} in {year} is given both by sex and for both sexes; keep one</source>
        <comment>demography.age_clash_year_given</comment>
        <translation>l’âge {clash} en {year} est donné à la fois par sexe et pour les deux sexes&#x202f;; n’en gardez qu’un</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>ages {low}-{high} in {year}: fewer than five 5-year groups, so each group was split evenly instead of by Sprague</source>
        <comment>demography.even_split</comment>
        <translatorcomment>Native review: groupe d’âge is proposed (glossary: age group), standard, not seen verbatim (glossary also gives « tranche d’âge »).</translatorcomment>
        <translation>les âges {low}-{high} en {year}&#xa0;: moins de cinq groupes d’âge quinquennaux, chaque groupe a donc été réparti uniformément et non par la méthode de Sprague</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a single age came out negative after Sprague splitting; it was set to 0 and its 5-year group rescaled to keep the group total</source>
        <comment>demography.sprague_negative</comment>
        <translatorcomment>Native review: groupe d’âge is proposed (glossary: age group), standard, not seen verbatim (glossary also gives « tranche d’âge »).</translatorcomment>
        <translation>l’effectif d’un âge simple est devenu négatif après la répartition par la méthode de Sprague&#x202f;; il a été ramené à 0 et son groupe d’âge quinquennal remis à l’échelle pour conserver le total du groupe</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>population given for both sexes together was split 50/50 between women and men</source>
        <comment>demography.both_sexes_split</comment>
        <translation>la population donnée pour les deux sexes ensemble a été répartie 50/50 entre femmes et hommes</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>total population changes by {change:+.1%} from {first} to {last} (more than {limit:.0%} in a year); check the population data</source>
        <comment>demography.population_jump</comment>
        <translation>la population totale varie de {change:+.1%} entre {first} et {last} (plus de {limit:.0%} en un an)&#x202f;; vérifiez les données de population</translation>
    </message>
    <message>
        <location filename="../../engine/method/economy.py" line="+50"/>
        <source>needs {name}, which is not available</source>
        <comment>economy.not_available</comment>
        <translation>nécessite {name}, qui n’est pas disponible</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>is missing; a projection over more than one year needs it</source>
        <comment>economy.missing_projection_over_more</comment>
        <translation>est manquant&#x202f;; une projection sur plus d’une année en a besoin</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>needs GDP per capita, and the population does not cover every age 0-100 and both sexes</source>
        <comment>economy.gdp_per_capita_missing</comment>
        <translatorcomment>Native review: PIB par habitant is proposed (glossary: GDP per capita), standard, not seen on a page.</translatorcomment>
        <translation>nécessite le PIB par habitant, or la population ne couvre pas tous les âges de 0 à 100 et les deux sexes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>needs {field}, which is not given</source>
        <comment>economy.budget_share_missing</comment>
        <translation>nécessite {field}&#xa0;: cette donnée n’est pas renseignée</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{base_explicit:,.0f} disagrees with economy.gdp_nominal_base ({gdp_nominal_base:,.0f}) for the base year; give the base year once</source>
        <comment>economy.base_explicit_f_disagrees</comment>
        <translation>{base_explicit:,.0f} ne concorde pas avec economy.gdp_nominal_base ({gdp_nominal_base:,.0f}) pour l’année de base&#x202f;; ne donnez l’année de base qu’une fois</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>nominal GDP for {year} differs by {gdp:+.1%} from the path implied by real growth and the GDP deflator (more than 1 %)</source>
        <comment>economy.gdp_mismatch</comment>
        <translation>le PIB nominal de {year} s’écarte de {gdp:+.1%} de la trajectoire déduite de la croissance réelle et du déflateur du PIB (plus de 1&#xa0;%)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>needs a wage index: give {field}, or population for ages 15-64 by sex to derive it from real GDP growth per person of working age</source>
        <comment>economy.wage_index_missing</comment>
        <translatorcomment>Native review: croissance du PIB réel is proposed (glossary: real GDP growth), standard, not seen verbatim.
Native review: indice des salaires is not in the glossary (wage index), standard (INSEE), no page recorded.</translatorcomment>
        <translation>nécessite un indice des salaires&#xa0;: renseignez {field}, ou la population des 15-64&#xa0;ans par sexe pour le déduire de la croissance du PIB réel par personne en âge de travailler</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>needs {field}, which is not given</source>
        <comment>economy.anchor_missing</comment>
        <translation>nécessite {field}&#xa0;: cette donnée n’est pas renseignée</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{values:.1%} in {base} is outside the plausible range {low:.0%} to +{high:.0%}</source>
        <comment>economy.growth_out_of_range</comment>
        <translation>{values:.1%} en {base} est hors de la plage plausible, de {low:.0%} à +{high:.0%}</translation>
    </message>
    <message>
        <location filename="../../engine/method/eligible.py" line="+203"/>
        <source>no value for ages {min}-{max} (the scenario covers ages {low}-{high})</source>
        <comment>eligible.no_value_ages_min</comment>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>aucune valeur pour les âges {min}-{max} (le scénario couvre les âges {low}-{high})</translation>
    </message>
    <message>
        <location filename="../../engine/method/explain.py" line="+130"/>
        <source>&quot;{scenario_id}&quot; is not a scenario of this project</source>
        <comment>explain.scenario_id_scenario_project</comment>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>&quot;{scenario_id}&quot; n’est pas un scénario de ce projet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{year} is outside the projection years {first}-{last}</source>
        <comment>explain.year_outside_projection_years</comment>
        <translation>{year} est hors de la période de projection {first}-{last}</translation>
    </message>
    <message>
        <location filename="../../engine/method/labour.py" line="+43"/>
        <source>needs {field}, which is not given</source>
        <comment>labour.series_missing</comment>
        <translation>nécessite {field}&#xa0;: cette donnée n’est pas renseignée</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>needs {field} for ages {ages}, which are not given</source>
        <comment>labour.participation_missing</comment>
        <translation>nécessite {field} pour les âges {ages}&#xa0;: ces données ne sont pas renseignées</translation>
    </message>
    <message>
        <location filename="../../engine/method/scenarios.py" line="+261"/>
        <source>maternity targeting is per birth: give shares, not age bands</source>
        <comment>scenarios.maternity_targeting_per_birth</comment>
        <translatorcomment>Native review: tranche d’âge is proposed (glossary: age group), standard, not seen verbatim (glossary also gives « groupe d’âge »).</translatorcomment>
        <translation>le ciblage des prestations de maternité se fait par naissance&#xa0;: donnez des parts, pas des tranches d’âge</translation>
    </message>
    <message>
        <location filename="../../engine/method/series.py" line="+35"/>
        <source>gives no value for {year}; per-year values must start by {year} (the base year)</source>
        <comment>series.starts_after_base</comment>
        <translation>ne donne aucune valeur pour {year}&#x202f;; les valeurs par année doivent commencer au plus tard en {year} (l’année de base)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>gives no value for {year}; per-year values must start by {year}</source>
        <comment>series.starts_late</comment>
        <translation>ne donne aucune valeur pour {year}&#x202f;; les valeurs par année doivent commencer au plus tard en {year}</translation>
    </message>
    <message>
        <location filename="../../engine/outputs/results_files.py" line="+34"/>
        <source>{column} in {year} is not a finite number; nothing was written</source>
        <comment>results_files.column_year_finite_number</comment>
        <translatorcomment>Native review: nombre fini is not in the glossary (finite number: not Infinity or NaN), standard mathematical term.</translatorcomment>
        <translation>{column} en {year} n’est pas un nombre fini&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;{package_id}&quot; is not a package of this project</source>
        <comment>results_files.package_id_package_project</comment>
        <translatorcomment>Native review: ensemble de prestations is proposed (glossary: package (of benefits)), composed; « panier de prestations » also occurs.</translatorcomment>
        <translation>&quot;{package_id}&quot; n’est pas un ensemble de prestations de ce projet</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&quot;{name}&quot;: use a .csv, .json or .xlsx file name</source>
        <comment>results_files.name_use_csv_json</comment>
        <translation>&quot;{name}&quot;&#xa0;: utilisez un nom de fichier en .csv, .json ou .xlsx</translation>
    </message>
    <message>
        <location filename="../../engine/runtime/atomic.py" line="+85"/>
        <source>the disk is full: {target} was not written; nothing was changed</source>
        <comment>atomic.disk_full_target_was</comment>
        <translation>le disque est plein&#xa0;: {target} n’a pas été écrit&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{target} could not be written ({reason}); nothing was changed</source>
        <comment>atomic.target_could_written_reason</comment>
        <translation>{target} n’a pas pu être écrit ({reason})&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <location filename="../../engine/store/files.py" line="+62"/>
        <source>already exists; choose another name</source>
        <comment>files.already_exists_choose_another</comment>
        <translation>existe déjà&#x202f;; choisissez un autre nom</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>has an unknown extension: use .json or .abnd</source>
        <comment>files.has_unknown_extension_use</comment>
        <translation>a une extension inconnue&#xa0;: utilisez .json ou .abnd</translation>
    </message>
    <message>
        <location filename="../../engine/store/project_store.py" line="+131"/>
        <source>does not exist or is not a file</source>
        <comment>project_store.does_exist_file</comment>
        <translation>n’existe pas ou n’est pas un fichier</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{problem}: it is shown as it was before that save; open it for editing to repair the file itself</source>
        <comment>store.shown_before_unfinished_save</comment>
        <translation>{problem}&#xa0;: il est affiché tel qu’il était avant cet enregistrement&#xa0;; ouvrez-le en modification pour réparer le fichier lui-même</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is an older project file: it is shown brought up to date; open it for editing to update the file itself</source>
        <comment>store.older_shown_updated</comment>
        <translation>est un fichier de projet d’une version antérieure&#xa0;: il est affiché mis à jour&#xa0;; ouvrez-le en modification pour mettre à jour le fichier lui-même</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>already exists; choose another name</source>
        <comment>project_store.already_exists_choose_another</comment>
        <translation>existe déjà&#x202f;; choisissez un autre nom</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>is open read-only; edits are not saved</source>
        <comment>project_store.open_read_only_edits</comment>
        <translation>est ouvert en lecture seule&#x202f;; les modifications ne sont pas enregistrées</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>could not be saved ({error}); nothing was changed</source>
        <comment>project_store.could_saved_error_nothing</comment>
        <translation>n’a pas pu être enregistré ({error})&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>is damaged: the project&apos;s identity is missing</source>
        <comment>project_store.identity_missing</comment>
        <translation>est endommagé : l’identité du projet manque</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>is damaged: the start of the project&apos;s history is missing</source>
        <comment>project_store.origin_missing</comment>
        <translation>est endommagé : le début de l’historique du projet manque</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>is an older project file; open it for editing to update it</source>
        <comment>project_store.older_project_file_open</comment>
        <translatorcomment>Native review: « ouvrir en modification » is not in the glossary (open for editing, the opposite of read-only), composed.</translatorcomment>
        <translation>est un fichier de projet d’une version antérieure&#x202f;; ouvrez-le en modification pour le mettre à jour</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot be opened ({error})</source>
        <comment>project_store.cannot_opened_error</comment>
        <translation>ne peut pas être ouvert ({error})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{problem}; open it for editing to repair it</source>
        <comment>project_store.unfinished_open_editing_repair</comment>
        <translatorcomment>Native review: « ouvrir en modification » is not in the glossary (open for editing, the opposite of read-only), composed.</translatorcomment>
        <translation>{problem}&#x202f;; ouvrez-le en modification pour le réparer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is damaged ({error})</source>
        <comment>project_store.damaged_error</comment>
        <translation>est endommagé ({error})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is damaged: it holds text that is not valid UTF-8</source>
        <comment>project_store.damaged_holds_text_valid</comment>
        <translation>est endommagé&#xa0;: il contient du texte qui n’est pas de l’UTF-8 valide</translation>
    </message>
    <message>
        <location filename="../../engine/store/safety.py" line="+38"/>
        <source>cannot be read ({reason})</source>
        <comment>safety.cannot_read_value</comment>
        <translation>ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is {size:.1f} GB; the limit for a project is 2 GB</source>
        <comment>safety.size_f_gb_limit</comment>
        <translation>fait {size:.1f}&#xa0;Go&#x202f;; la limite pour un projet est de 2&#xa0;Go</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not an ABND Studio project (it is not an SQLite database)</source>
        <comment>safety.abnd_studio_project_sqlite</comment>
        <translation>n’est pas un projet ABND Studio (ce n’est pas une base de données SQLite)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is an SQLite database from another application, not an ABND Studio project</source>
        <comment>safety.sqlite_database_from_another</comment>
        <translation>est une base de données SQLite d’une autre application, pas un projet ABND Studio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>uses a write-ahead log (WAL mode), which ABND Studio project files never do; it was not opened and nothing was changed</source>
        <comment>safety.uses_write_ahead_log</comment>
        <translatorcomment>Native review: « journal d’écriture anticipée » is not in the glossary (write-ahead log, WAL), the term used in French database documentation.</translatorcomment>
        <translation>utilise un journal d’écriture anticipée (mode WAL), ce que les fichiers de projet ABND Studio ne font jamais&#x202f;; il n’a pas été ouvert et rien n’a été modifié</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is truncated or damaged (it is shorter than its own header says)</source>
        <comment>safety.truncated_damaged_shorter_than</comment>
        <translation>est tronqué ou endommagé (il est plus court que ne l’indique son propre en-tête)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>was made by a newer version of ABND Studio (project file version {version}; this version reads up to {readable}); update ABND Studio to open it</source>
        <comment>safety.was_made_newer_version</comment>
        <translation>a été créé par une version plus récente d’ABND Studio (version de fichier de projet {version}&#x202f;; cette version sait lire jusqu’à la version {readable})&#x202f;; mettez à jour ABND Studio pour l’ouvrir</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is damaged (it has no project file version)</source>
        <comment>safety.damaged_has_no_project</comment>
        <translation>est endommagé (il n’indique aucune version de fichier de projet)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>is altered: table &quot;{name}&quot; is not as ABND Studio made it</source>
        <comment>safety.altered_table_name_abnd</comment>
        <translation>a été modifié&#xa0;: la table &quot;{name}&quot; n’est pas telle qu’ABND Studio l’a créée</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+31"/>
        <source>holds something ABND Studio did not create ({kind} &quot;{name}&quot;); it was not opened</source>
        <comment>safety.foreign_schema_object</comment>
        <translation>contient un élément qu’ABND Studio n’a pas créé ({kind} &quot;{name}&quot;)&#x202f;; il n’a pas été ouvert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is damaged: table &quot;{missing}&quot; is missing</source>
        <comment>safety.damaged_table_missing_missing</comment>
        <translation>est endommagé&#xa0;: la table &quot;{missing}&quot; est manquante</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is damaged ({error})</source>
        <comment>safety.damaged_error</comment>
        <translation>est endommagé ({error})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is damaged (SQLite&apos;s check says: {said})</source>
        <comment>safety.damaged_sqlite_s_check</comment>
        <translation>est endommagé (la vérification de SQLite indique&#xa0;: {said})</translation>
    </message>
    <message>
        <location filename="../../engine/store/sizes.py" line="+43"/>
        <source>holds {size:.0f} MB of text; the limit is {limit} MB a cell</source>
        <comment>safety.holds_row_f_mb</comment>
        <translation>contient {size:.0f}&#xa0;Mo de texte&#x202f;; la limite est de {limit}&#xa0;Mo par cellule</translation>
    </message>
    <message>
        <location filename="../../engine/store/sidecars.py" line="+30"/>
        <source>was left unfinished by a program that stopped while saving it (a crash, a pulled USB stick or an empty battery)</source>
        <comment>sidecars.unfinished</comment>
        <translation>est resté inachevé&#xa0;: un programme s’est arrêté pendant son enregistrement (plantage, clé USB retirée ou batterie vide)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>has a &quot;{name}&quot; file beside it (a write-ahead log, which ABND Studio never makes): it was not opened and nothing was changed; remove that file only if you know where it came from</source>
        <comment>sidecars.has_name_file_beside</comment>
        <translatorcomment>Native review: « journal d’écriture anticipée » is not in the glossary (write-ahead log, WAL), the term used in French database documentation.</translatorcomment>
        <translation>est accompagné d’un fichier &quot;{name}&quot; (un journal d’écriture anticipée, qu’ABND Studio ne crée jamais)&#xa0;: il n’a pas été ouvert et rien n’a été modifié&#x202f;; ne supprimez ce fichier que si vous savez d’où il vient</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{problem}, and could not be repaired ({reason})</source>
        <comment>sidecars.unfinished_could_repaired_error</comment>
        <translation>{problem}, et n’a pas pu être réparé ({reason})</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{problem}; open it for editing once to repair it (a private copy to read it from could not be made: {reason})</source>
        <comment>sidecars.unfinished_open_editing_once</comment>
        <translatorcomment>Native review: « ouvrir en modification » is not in the glossary (open for editing, the opposite of read-only), composed.</translatorcomment>
        <translation>{problem}&#x202f;; ouvrez-le une fois en modification pour le réparer (impossible d’en faire une copie privée pour le lire&#xa0;: {reason})</translation>
    </message>
    <message>
        <location filename="../../engine/store/document.py" line="+31"/>
        <source>is not a project field</source>
        <comment>whole_file.project_field</comment>
        <translation>n’est pas un champ du projet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is damaged: the project&apos;s {key} is missing</source>
        <comment>whole_file.damaged_project_s_key</comment>
        <translation>est endommagé&#xa0;: le champ {key} du projet est manquant</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>is damaged: its key does not match it</source>
        <comment>whole_file.damaged_its_key_does</comment>
        <translation>est endommagé&#xa0;: sa clé ne lui correspond pas</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>is damaged: its key does not match its content</source>
        <comment>whole_file.damaged_its_key_does_2</comment>
        <translation>est endommagé&#xa0;: sa clé ne correspond pas à son contenu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is damaged: it is not text</source>
        <comment>whole_file.damaged_text</comment>
        <translation>est endommagé&#xa0;: ce n’est pas du texte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is damaged ({message})</source>
        <comment>whole_file.damaged_message</comment>
        <translation>est endommagé ({message})</translation>
    </message>
    <message>
        <location filename="../../engine/store/whole_file.py" line="+86"/>
        <source>is damaged: it could not be brought up to date ({error})</source>
        <comment>whole_file.migration_damaged</comment>
        <translation>est endommagé : il n’a pas pu être mis à jour ({error})</translation>
    </message>
    <message>
        <location filename="../../engine/analysis/missing_data.py" line="+44"/>
        <source>{field} is not given; {count} scenario(s) cannot be costed without it: {scenarios}</source>
        <comment>missing_data.blocks_scenarios</comment>
        <translation>{field} n’est pas renseigné&#x202f;; {count} scénario(s) ne peuvent pas être chiffrés sans cette donnée&#xa0;: {scenarios}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{field} {reason}</source>
        <comment>missing_data.field_reason</comment>
        <translation>{field}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../engine/report/options.py" line="+61"/>
        <source>&quot;{part}&quot; is not a part of the report (parts: {parts})</source>
        <comment>report.unknown_part</comment>
        <translation>« {part} » n’est pas une partie du rapport (parties : {parts})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>names no part of the report (parts: {parts})</source>
        <comment>report.no_part</comment>
        <translation>ne nomme aucune partie du rapport (parties : {parts})</translation>
    </message>
    <message>
        <location filename="../../gui/report/cli.py" line="+23"/>
        <location filename="../../gui/report/write.py" line="+64"/>
        <source>the report is a .pdf, .docx or .odt file</source>
        <comment>report.format</comment>
        <translation>le rapport est un fichier .pdf, .docx ou .odt</translation>
    </message>
    <message>
        <location filename="../../engine/edits/rename.py" line="+34"/>
        <source>&quot;{id}&quot; is already the id of another scenario</source>
        <comment>rename.taken</comment>
        <translation>«&#xa0;{id}&#xa0;» est déjà l’identifiant d’un autre scénario</translation>
    </message>
    <message>
        <location filename="../../engine/importing/apply.py" line="+98"/>
        <source>ages {low}-{high} in {count} year(s) {span} replaced by {rows:,} rows; {removed:,} rows removed, the rest kept</source>
        <comment>import.population_replaced</comment>
        <translation>âges {low}-{high} sur {count} année(s) ({span}) remplacés par {rows:,} lignes&#x202f;; {removed:,} lignes supprimées, les autres conservées</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>converted from {source} to {target}</source>
        <comment>import.population_converted</comment>
        <translation>converti de {source} en {target}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} year(s) between the imported years interpolated between them: {years}</source>
        <comment>import.between_interpolated</comment>
        <translation>{count} année(s) entre les années importées, interpolée(s)&#xa0;: {years}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} year(s) between the imported years kept as they were: {years}</source>
        <comment>import.between_kept</comment>
        <translation>{count} année(s) entre les années importées, conservée(s) telle(s) quelle(s)&#xa0;: {years}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field}: {change}</source>
        <comment>import.change</comment>
        <translation>{field}&#xa0;: {change}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{first}-{last} ({count} values)</source>
        <comment>import.span</comment>
        <translation>{first}-{last} ({count} valeurs)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{span} set, other years kept</source>
        <comment>import.series_set</comment>
        <translation>valeurs de {span} renseignées, autres années conservées</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{value:,.0f} (the {year} value)</source>
        <comment>import.base_value</comment>
        <translation>{value:,.0f} (valeur de {year})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{value:,.2f} (was not given)</source>
        <comment>import.level_new</comment>
        <translation>{value:,.2f} (non renseigné auparavant)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value:,.2f} (was {old:,.2f})</source>
        <comment>import.level</comment>
        <translation>{value:,.2f} (auparavant {old:,.2f})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} rows replace {before}</source>
        <comment>import.participation</comment>
        <translation>{count} lignes remplacent les {before} précédentes</translation>
    </message>
    <message>
        <location filename="../../engine/format/read_financing.py" line="+52"/>
        <source>give either &quot;unit&quot; and &quot;amount&quot;, or &quot;contributions&quot; (computed), not both</source>
        <comment>read_financing.amount_or_contributions</comment>
        <translation>indiquez soit « unit » et « amount », soit « contributions » (calculées), pas les deux</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is computed for the kind &quot;{expected}&quot; only; this source is &quot;{kind}&quot;</source>
        <comment>read_financing.contributions_kind</comment>
        <translation>n’est calculé que pour le type « {expected} » ; cette source est « {kind} »</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>needs &quot;{key}&quot; (or, for contributions collected, &quot;contributions&quot;)</source>
        <comment>read_financing.needs_unit_amount</comment>
        <translation>nécessite « {key} » (ou, pour les cotisations perçues, « contributions »)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{target_year} is before the start year {start_year}</source>
        <comment>read_financing.target_year_before_start</comment>
        <translation>{target_year} est avant l’année de départ {start_year}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>low {low:g} is above high {high:g}</source>
        <comment>read_financing.low_above_high</comment>
        <translation>la valeur basse {low:g} dépasse la valeur haute {high:g}</translation>
    </message>
    <message>
        <location filename="../../engine/method/financing.py" line="+112"/>
        <source>cannot be computed: scenario &quot;{scenario}&quot; has no results ({reason})</source>
        <comment>financing.contributions_scenario_blocked</comment>
        <translation>ne peut être calculé : le scénario « {scenario} » n’a pas de résultats ({reason})</translation>
    </message>
    <message>
        <location filename="../../engine/cli/history.py" line="+89"/>
        <source>{text} is not a JSON value (a number, true, false, null, or text in double quotes, e.g. &apos;&quot;A child benefit&quot;&apos;)</source>
        <comment>history.not_json_value</comment>
        <translation>{text} n’est pas une valeur JSON (un nombre, true, false, null, ou un texte entre guillemets doubles, par ex. &apos;&quot;A child benefit&quot;&apos;)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>&quot;{text}&quot; is not a date written YYYY-MM-DD (e.g. 2025-05-03)</source>
        <comment>history.since_not_a_date</comment>
        <translation>« {text} » n’est pas une date écrite AAAA-MM-JJ (par ex. 2025-05-03)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>already exists; choose another name</source>
        <comment>history.out_exists</comment>
        <translation>existe déjà ; choisissez un autre nom</translation>
    </message>
    <message>
        <location filename="../../engine/edits/flat.py" line="+190"/>
        <source>&quot;{text}&quot; is not a path: write its parts with dots, e.g. scenarios.child-benefit.admin_rate</source>
        <comment>flat.not_a_path</comment>
        <translation>« {text} » n’est pas un chemin : écrivez ses parties séparées par des points, par ex. scenarios.child-benefit.admin_rate</translation>
    </message>
    <message>
        <location filename="../../engine/edits/paths.py" line="+94"/>
        <source>names a whole list; set one entry by its id (e.g. {example})</source>
        <comment>paths.whole_list</comment>
        <translation>désigne une liste entière ; modifiez une entrée par son identifiant (par ex. {example})</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>{part} is not a position in this list (0 to {last})</source>
        <comment>paths.not_a_position</comment>
        <translation>{part} n’est pas une position de cette liste (0 à {last})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>has no &quot;{segment}&quot; (did you mean &quot;{close}&quot;?)</source>
        <comment>paths.no_such_part_did_you_mean</comment>
        <translation>n’a pas de « {segment} » (vouliez-vous dire « {close} » ?)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has no &quot;{segment}&quot; (there is: {shown})</source>
        <comment>paths.no_such_part</comment>
        <translation>n’a pas de « {segment} » (il y a : {shown})</translation>
    </message>
    <message>
        <location filename="../../engine/store/journal.py" line="+110"/>
        <source>is damaged: it cannot be read ({error})</source>
        <comment>journal.unreadable</comment>
        <translation>est endommagé&#xa0;: illisible ({error})</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+45"/>
        <source>is damaged: it is not a journal entry</source>
        <comment>journal.damaged_entry</comment>
        <translation>est endommagée : ce n’est pas une entrée de l’historique</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>is damaged ({message})</source>
        <comment>journal.damaged</comment>
        <translation>est endommagée ({message})</translation>
    </message>
    <message>
        <location filename="../../engine/store/merging.py" line="+77"/>
        <source>is not an ABND Studio project file (.abnd): only copies of a project file can be merged</source>
        <comment>merging.not_a_project_file</comment>
        <translation>n’est pas un fichier de projet ABND Studio (.abnd) : seules des copies d’un fichier de projet peuvent être fusionnées</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is not a copy of {mine}: they are two different projects, which cannot be merged (copies of one project share its history)</source>
        <comment>merging.unrelated</comment>
        <translation>n’est pas une copie de {mine} : ce sont deux projets différents, qui ne peuvent pas être fusionnés (les copies d’un même projet partagent son historique)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>the merged project would not be valid ({message}); nothing was merged: resolve the conflicts another way, or change one copy first</source>
        <comment>merging.invalid_result</comment>
        <translation>le projet fusionné ne serait pas valide ({message}) ; rien n’a été fusionné : résolvez les conflits autrement, ou modifiez d’abord l’une des copies</translation>
    </message>
    <message>
        <location filename="../../engine/store/snapshots.py" line="+69"/>
        <source>is damaged ({reason})</source>
        <comment>snapshots.damaged</comment>
        <translation>est endommagé ({reason})</translation>
    </message>
    <message>
        <location filename="../../engine/store/versions.py" line="+44"/>
        <source>&quot;{name}&quot; is a number, which names a version by its place; give it words</source>
        <comment>versions.name_is_a_number</comment>
        <translation>«&#xa0;{name}&#xa0;» est un nombre, qui désigne une version par son rang&#x202f;; donnez-lui un nom en mots</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a version is already named &quot;{name}&quot;; give this one another name</source>
        <comment>versions.name_taken</comment>
        <translation>une version s’appelle déjà «&#xa0;{name}&#xa0;»&#x202f;; donnez un autre nom à celle-ci</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>is damaged: it cannot be read ({error})</source>
        <comment>versions.unreadable</comment>
        <translation>est endommagé&#xa0;: illisible ({error})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is damaged: it is not a saved version</source>
        <comment>versions.damaged</comment>
        <translation>est endommagée : ce n’est pas une version enregistrée</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>has no version &quot;{reference}&quot; (its versions: {shown})</source>
        <comment>versions.no_such_version</comment>
        <translation>n’a pas de version « {reference} » (ses versions : {shown})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is missing: the version cannot be read</source>
        <comment>versions.snapshot_missing</comment>
        <translation>manque : la version ne peut pas être lue</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../../engine/method/explain.py" line="-119"/>
        <source>population in the age band and sex</source>
        <translation>population de la tranche d’âge et du sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+22"/>
        <location line="+5"/>
        <location line="+8"/>
        <location line="+10"/>
        <location line="+90"/>
        <source>persons</source>
        <translation>personnes</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>labour force in the age band</source>
        <translation>population active de la tranche d’âge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unemployment rate</source>
        <translation>taux de chômage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+7"/>
        <source>fraction</source>
        <translation>fraction (0-1)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>share of employed who are informal</source>
        <translation>part des personnes occupées qui sont informelles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>targeting multiplier (target share x prevalence x not yet covered)</source>
        <translation>multiplicateur de ciblage (part ciblée x prévalence x part non encore couverte)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>births</source>
        <translation>naissances</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>births in the months the scheme runs in its first year</source>
        <translation>naissances des mois où le régime fonctionne la première année</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>persons removed: beneficiaries of the schemes it is covered by (P x m - R = N)</source>
        <translation>personnes retirées&#xa0;: bénéficiaires des régimes qui les couvrent déjà (P x m - R = N)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>daily wage</source>
        <translation>salaire journalier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LCU per day</source>
        <translation>LCU par jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>population served</source>
        <translation>population desservie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>health workers needed at the target ratio</source>
        <translation>personnels de santé nécessaires au ratio cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>workers</source>
        <translation>agents</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>health workers at today&apos;s ratio</source>
        <translation>personnels de santé au ratio actuel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>annual salary of a health worker</source>
        <translation>salaire annuel d’un personnel de santé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LCU per year</source>
        <translation>LCU par an</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>additional health workers</source>
        <translation>personnels de santé supplémentaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>eligible persons</source>
        <translation>personnes éligibles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{currency} per month</source>
        <translation>{currency} par mois</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>eligible persons aged {band}</source>
        <translation>personnes éligibles de {band} ans</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>monthly benefit at ages {band}</source>
        <translation>prestation mensuelle à {band} ans</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>take-up</source>
        <translation>taux de recours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>monthly benefit, averaged over the eligible persons (sum of N x b by tier / N)</source>
        <translation>prestation mensuelle, moyenne sur les personnes éligibles (somme de N x b par palier / N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>monthly benefit</source>
        <translation>prestation mensuelle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>months paid a year</source>
        <translation>mois versés par an</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+95"/>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>share of the year paid (first year, from month {month})</source>
        <translation>part de l’année versée (première année, à partir du mois {month})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>annual amount per beneficiary</source>
        <translation>montant annuel par bénéficiaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{currency} per year</source>
        <translation>{currency} par an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>benefit outlay = TU x N x A</source>
        <translation>dépenses de prestations = TU x N x A</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>administration rate</source>
        <translation>taux des frais d’administration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% of benefits</source>
        <translation>% des prestations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fixed administration</source>
        <translation>frais d’administration fixes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>administration = alpha x BC + F</source>
        <translation>administration = alpha x BC + F</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>total cost = BC + AC</source>
        <translation>coût total = BC + AC</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nominal GDP</source>
        <translation>PIB nominal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cost in % of GDP = 100 x C / GDPn</source>
        <translation>coût en % du PIB = 100 x C / GDPn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} ({kind}), fiscal year {year} (month {month} of {previous} to month {last_month} of {year}); terms of calendar year {year}</source>
        <translation>{name} ({kind}), exercice budgétaire {year} (du mois {month} de {previous} au mois {last_month} de {year})&#xa0;; termes de l’année civile {year}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>months paid this year: the scheme starts in month {month} ({months} x (13 - {month}) / 12)</source>
        <translation>mois versés cette année&#xa0;: le régime commence au mois {month} ({months} x (13 - {month}) / 12)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>total cost of calendar year {year}</source>
        <translation>coût total de l’année civile {year}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>share of {year}&apos;s cost in this fiscal year</source>
        <translation>part du coût de {year} dans cet exercice budgétaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>total cost in the fiscal year = w[-1] x C[-1] + w x C</source>
        <translation>coût total de l’exercice budgétaire = w[-1] x C[-1] + w x C</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nominal GDP of the fiscal year = {late} x GDPn[{previous}] + {early} x GDPn[{year}]</source>
        <translation>PIB nominal de l’exercice budgétaire = {late} x GDPn[{previous}] + {early} x GDPn[{year}]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cost in % of GDP = 100 x C_FY / GDPn_FY</source>
        <translation>coût en % du PIB = 100 x C_FY / GDPn_FY</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <location filename="../../gui/report/dialog.py" line="+46"/>
        <source>Export the ABND report</source>
        <translation>Exporter le rapport ABND</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF, to print and send</source>
        <translation>PDF, pour imprimer et envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word (.docx), to edit</source>
        <translation>Word (.docx), pour modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument (.odt), to edit</source>
        <translation>OpenDocument (.odt), pour modifier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parts</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status on the cover</source>
        <translation>Statut en couverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt; Previous page</source>
        <translation>&lt; Page précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page &gt;</source>
        <translation>Page suivante &gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export...</source>
        <translation>Exporter...</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the report as</source>
        <translation>Exporter le rapport sous</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../engine/domain/field_names.py" line="+25"/>
        <source>Projection years</source>
        <translation>Années de projection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base year</source>
        <translation>Année de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Dernière année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal year starts in</source>
        <translation>L’exercice budgétaire commence en</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../engine/edits/field_names.py" line="+26"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location filename="../../engine/edits/field_names.py" line="+2"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Births</source>
        <translation>Naissances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population unit</source>
        <translation>Unité de la population</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../engine/edits/field_names.py" line="+1"/>
        <source>Economy</source>
        <translation>Économie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominal GDP in the base year</source>
        <translation>PIB nominal de l’année de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominal GDP</source>
        <translation>PIB nominal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real GDP growth</source>
        <translation>Croissance du PIB réel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../engine/edits/field_names.py" line="+34"/>
        <source>GDP deflator growth</source>
        <translation>Croissance du déflateur du PIB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPI inflation</source>
        <translation>Inflation (IPC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government expenditure, % of GDP</source>
        <translation>Dépenses publiques, % du PIB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Government revenue, % of GDP</source>
        <translation>Recettes publiques, % du PIB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real wage growth</source>
        <translation>Croissance du salaire réel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poverty line, per person a month</source>
        <translation>Seuil de pauvreté, par personne et par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum wage, a month</source>
        <translation>Salaire minimum, par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average wage, a month</source>
        <translation>Salaire moyen, par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour data</source>
        <translation>Données sur le marché du travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour force participation rate</source>
        <translation>Taux d’activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unemployment rate</source>
        <translation>Taux de chômage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informal share of employment</source>
        <translation>Part de l’emploi informel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal space, % of GDP</source>
        <translation>Espace budgétaire, % du PIB</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+1"/>
        <source>Financing sources</source>
        <translation>Sources de financement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contributions collected</source>
        <translation>Cotisations perçues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Range</source>
        <translation>Plage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source of the amount</source>
        <translation>Source du montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feasibility</source>
        <translation>Faisabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guarantee</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing provision</source>
        <translation>Dispositions existantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy gap</source>
        <translation>Lacunes dans les politiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation issue</source>
        <translation>Questions de mise en œuvre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked scenarios</source>
        <translation>Scénarios liés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agencies</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>anchor</source>
        <translation>référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percent of the anchor</source>
        <translation>pourcentage de la référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../engine/edits/field_names.py" line="+76"/>
        <source>amount a month</source>
        <translation>montant mensuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indexation</source>
        <translation>indexation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../engine/edits/field_names.py" line="+3"/>
        <source>tiers</source>
        <translation>paliers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ramp</source>
        <translation>montée en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../engine/edits/field_names.py" line="-59"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{field}, row {row}</source>
        <translation>{field}, ligne {row}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}, {year}</source>
        <translation>{field}, {year}</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../engine/edits/field_names.py" line="-64"/>
        <source>Scenario &quot;{name}&quot;</source>
        <translation>Scénario «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../engine/edits/field_names.py" line="+1"/>
        <source>Package &quot;{name}&quot;</source>
        <translation>Ensemble de prestations «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matrix row {name}</source>
        <translation>Ligne {name} de la matrice</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{item}: {field}</source>
        <translation>{item}&#xa0;: {field}</translation>
    </message>
    <message>
        <location filename="../../engine/edits/field_names.py" line="+1"/>
        <source>Matrix row &quot;{name}&quot;</source>
        <translation>Ligne de la matrice « {name} »</translation>
    </message>
    <message>
        <location filename="../../engine/domain/field_names.py" line="-20"/>
        <location filename="../../engine/edits/field_names.py" line="+1"/>
        <source>Financing source &quot;{name}&quot;</source>
        <translation>Source de financement «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../engine/edits/field_names.py" line="+1"/>
        <source>Population {name}</source>
        <translation>Population {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labour</source>
        <translation>Marché du travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source note</source>
        <translation>Note sur la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncertainty</source>
        <translation>Incertitude</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order of the scenarios</source>
        <translation>Ordre des scénarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of the packages</source>
        <translation>Ordre des ensembles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of the matrix rows</source>
        <translation>Ordre des lignes de la matrice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of the financing sources</source>
        <translation>Ordre des sources de financement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comment by {agency}</source>
        <translation>commentaire de {agency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole entry</source>
        <translation>l’entrée entière</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO code</source>
        <translation>code ISO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>currency</source>
        <translation>monnaie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base year</source>
        <translation>année de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end year</source>
        <translation>année de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fiscal year starts in</source>
        <translation>l’exercice commence en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>births</source>
        <translation>naissances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>births estimated from</source>
        <translation>naissances estimées à partir de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nominal GDP in the base year</source>
        <translation>PIB nominal de l’année de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nominal GDP by year</source>
        <translation>PIB nominal par année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>real GDP growth</source>
        <translation>croissance du PIB réel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>consumer price inflation</source>
        <translation>inflation des prix à la consommation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>government expenditure, % of GDP</source>
        <translation>dépenses publiques, % du PIB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>government revenue, % of GDP</source>
        <translation>recettes publiques, % du PIB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>real wage growth</source>
        <translation>croissance du salaire réel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>poverty line, per person a month</source>
        <translation>seuil de pauvreté, par personne et par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minimum wage, a month</source>
        <translation>salaire minimum, par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>average wage, a month</source>
        <translation>salaire moyen, par mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>labour-force participation</source>
        <translation>taux d’activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unemployment rate</source>
        <translation>taux de chômage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>informal share of workers</source>
        <translation>part des travailleurs informels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ranges</source>
        <translation>intervalles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draws</source>
        <translation>tirages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed</source>
        <translation>graine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>identifier</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guarantee</source>
        <translation>garantie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>take-up</source>
        <translation>taux de recours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ages</source>
        <translation>âges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex</source>
        <translation>sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target share</source>
        <translation>part ciblée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prevalence</source>
        <translation>prévalence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share already covered</source>
        <translation>part déjà couverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not eligible if receiving</source>
        <translation>non éligible si bénéficiaire de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>benefit</source>
        <translation>prestation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months paid a year</source>
        <translation>mois versés par an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administration rate</source>
        <translation>taux des frais d’administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed administration cost</source>
        <translation>frais d’administration fixes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaces</source>
        <translation>remplace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts paying in</source>
        <translation>commence à verser en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days of work a year</source>
        <translation>jours de travail par an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily wage, % of minimum wage</source>
        <translation>salaire journalier, % du salaire minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working days a month</source>
        <translation>jours ouvrés par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non-wage costs</source>
        <translation>coûts hors salaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost per person a year</source>
        <translation>coût par personne et par an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health inflation above prices</source>
        <translation>inflation de la santé au-delà des prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health workers per 1,000, target</source>
        <translation>personnels de santé pour 1 000, cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health workers per 1,000, today</source>
        <translation>personnels de santé pour 1 000, aujourd’hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>salary, times average wage</source>
        <translation>salaire, en multiple du salaire moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non-staff costs</source>
        <translation>coûts hors personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number of beneficiaries</source>
        <translation>nombre de bénéficiaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rationale</source>
        <translation>justification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source of the numbers</source>
        <translation>source des chiffres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scenarios</source>
        <translation>scénarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fiscal space, % of GDP</source>
        <translation>espace budgétaire, % du PIB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>financing sources</source>
        <translation>sources de financement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contributions collected</source>
        <translation>cotisations perçues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>range</source>
        <translation>intervalle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feasibility</source>
        <translation>faisabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wage</source>
        <translation>salaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of the wage</source>
        <translation>part du salaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contribution rate</source>
        <translation>taux de cotisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>valeur basse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>valeur haute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distribution</source>
        <translation>loi de probabilité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>existing provision</source>
        <translation>dispositions existantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>policy gap</source>
        <translation>lacunes dans les politiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>implementation issue</source>
        <translation>questions de mise en œuvre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recommendation</source>
        <translation>recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>costable</source>
        <translation>chiffrable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linked scenarios</source>
        <translation>scénarios liés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agencies</source>
        <translation>organismes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status date</source>
        <translation>date du statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percent</source>
        <translation>pourcentage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anchored on</source>
        <translation>indexé sur le niveau de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indexed on</source>
        <translation>indexé sur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start year</source>
        <translation>année de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target year</source>
        <translation>année cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{owner}: {label}</source>
        <translation>{owner}&#xa0;: {label}</translation>
    </message>
    <message>
        <location filename="../../gui/common/field_labels.py" line="+73"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>FinancingEditor</name>
    <message>
        <location filename="../../gui/scenarios/financing_editor.py" line="+67"/>
        <source>per year</source>
        <translation>par année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ramp from</source>
        <translation>montée en charge de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0.5 %, or 2026: 0.2 %; 2030: 0.5 %</source>
        <translation>0,5 %, ou 2026 : 0,2 % ; 2030 : 0,5 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>amount in the first year</source>
        <translation>montant la première année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first year</source>
        <translation>première année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount reached</source>
        <translation>montant atteint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year it is reached</source>
        <translation>année où il est atteint</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>in</source>
        <translation>en</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>by</source>
        <translation>d’ici</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>minimum wage</source>
        <translation>salaire minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>average wage</source>
        <translation>salaire moyen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wage, % of the anchor</source>
        <translation>salaire, % de la référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contribution rate the members pay, %</source>
        <translation>taux de cotisation payé par les affiliés, %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>-20 %</source>
        <translation>-20 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>20 %</source>
        <translation>20 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>of the amount (empty: -20 % to 20 %)</source>
        <translation>du montant (vide : -20 % à 20 %)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The financing source to edit</source>
        <translation>Source de financement à modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source&apos;s name in charts, tables and the report</source>
        <translation>Nom de la source dans les graphiques, les tableaux et le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The option of the ILO handbook on fiscal space this source is</source>
        <translation>Option du guide de l’OIT sur l’espace budgétaire à laquelle correspond cette source</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The unit of the amount: % of GDP, % of government revenue, or money</source>
        <translation>Unité du montant&#xa0;: % du PIB, % des recettes publiques, ou somme en monnaie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One amount or values by year, or a ramp between two years</source>
        <translation>Un seul montant ou des valeurs par année, ou une montée en charge entre deux années</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount: one value for every year, or values by year (e.g. 2026: 0.2 %)</source>
        <translation>Montant&#xa0;: une valeur pour toutes les années, ou des valeurs par année (p.&#xa0;ex. 2026&#xa0;: 0,2&#xa0;%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scheme whose members pay the contributions</source>
        <translation>Régime dont les affiliés versent les cotisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wage the members&apos; wages are a share of</source>
        <translation>Salaire de référence dont le salaire des affiliés est une part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The members&apos; wage, in % of that wage (e.g. 80 %)</source>
        <translation>Salaire des affiliés, en % de ce salaire de référence (p.&#xa0;ex. 80&#xa0;%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contribution rate the members pay, in % of their wage</source>
        <translation>Taux de cotisation payé par les affiliés, en % de leur salaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much lower the amount could be, in % (e.g. -20 %)</source>
        <translation>De combien le montant pourrait être plus bas, en % (p.&#xa0;ex. -20&#xa0;%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much higher the amount could be, in % (e.g. 20 %)</source>
        <translation>De combien le montant pourrait être plus élevé, en % (p.&#xa0;ex. 20&#xa0;%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the amount comes from (a budget law, a study, a letter)</source>
        <translation>D’où vient le montant (loi de finances, étude, courrier)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How feasible the option is, and what it would take</source>
        <translation>Dans quelle mesure l’option est faisable, et ce qu’elle demanderait</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+372"/>
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <location line="-370"/>
        <source>Delete source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Financing source:</source>
        <translation>Source de financement :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given as</source>
        <translation>Exprimée en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheme whose members pay</source>
        <translation>Régime dont les affiliés cotisent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their wage</source>
        <translation>Leur salaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contribution rate</source>
        <translation>Taux de cotisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How sure</source>
        <translation>Degré de certitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it comes from</source>
        <translation>D’où vient le montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feasibility</source>
        <translation>Faisabilité</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>In {year} it gives {money} {currency}, {pct} of GDP.</source>
        <translation>En {year}, elle apporte {money} {currency}, soit {pct} du PIB.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It finances: {names}.</source>
        <translation>Elle finance : {names}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No package chooses it yet (Packages page).</source>
        <translation>Aucun ensemble de prestations ne la retient encore (page Ensembles).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit financing source</source>
        <translation>Modifier la source de financement</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Contributions are computed from a contribution subsidy or a custom scheme&apos;s members: add one on the Scenarios page first.</source>
        <translation>Les cotisations se calculent à partir des affiliés d’une subvention des cotisations ou d’un régime personnalisé : ajoutez-en un d’abord dans la page Scénarios.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>an amount is needed: 0.5 %, or 2026: 0.2 %</source>
        <translation>un montant est nécessaire : 0,5 %, ou 2026 : 0,2 %</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>New financing source</source>
        <translation>Nouvelle source de financement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete financing source</source>
        <translation>Supprimer la source de financement</translation>
    </message>
</context>
<context>
    <name>FinancingPanel</name>
    <message>
        <location filename="../../gui/results/financing_view.py" line="+45"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it comes from</source>
        <translation>D’où vient le montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feasibility</source>
        <translation>Faisabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finances</source>
        <translation>Finance</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Financing sources&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sources de financement&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name}: cost against its financing</source>
        <translation>{name} : coût et financement</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{name}: no results</source>
        <translation>{name} : pas de résultats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: no financing source</source>
        <translation>{name} : aucune source de financement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: not affordable by {year} (gap {gap} of GDP)</source>
        <translation>{name} : pas finançable d’ici {year} (déficit de {gap} du PIB)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: affordable every year</source>
        <translation>{name} : finançable chaque année</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: affordable from {year} (then every year)</source>
        <translation>{name} : finançable à partir de {year} (puis chaque année)</translation>
    </message>
</context>
<context>
    <name>FiscalYearPicker</name>
    <message>
        <location filename="../../gui/country/fiscal.py" line="+17"/>
        <source>January (the calendar year)</source>
        <translation>janvier (l’année civile)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The month the government&apos;s budget year starts; results are given by fiscal year, named by the year it ends</source>
        <translation>Mois où commence l’exercice budgétaire de l’État&#x202f;; les résultats sont donnés par exercice, désigné par l’année où il se termine</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Results per fiscal year, each named by the calendar year in which it ends: {first} to {end}. {source}</source>
        <translation>Résultats par exercice budgétaire, chacun désigné par l’année civile où il se termine : {first} à {end}. {source}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results per calendar year. {source}</source>
        <translation>Résultats par année civile. {source}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set the fiscal year</source>
        <translation>Définir l’exercice budgétaire</translation>
    </message>
</context>
<context>
    <name>GroupWork</name>
    <message>
        <location filename="../../gui/shell/group_work.py" line="+42"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name, as the project&apos;s history will show it with each of your edits
(when several people work on copies of one project):</source>
        <translation>Votre nom, tel que l’historique du projet l’affichera avec chacune de vos modifications
(quand plusieurs personnes travaillent sur des copies d’un même projet) :</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+12"/>
        <source>Merge changes from another copy</source>
        <translation>Fusionner les modifications d’une autre copie</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>ABND project (*.abnd)</source>
        <translation>Projet ABND (*.abnd)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing to merge: this project already holds everything in {file}.</source>
        <translation>Rien à fusionner : ce projet contient déjà tout ce que contient {file}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Merge changes from {file}</source>
        <translation>Fusionner les modifications de {file}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merged {file}: Edit &gt; Undo takes the whole merge back.</source>
        <translation>{file} fusionné : Édition &gt; Annuler annule toute la fusion.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cannot open the version</source>
        <translation>Impossible d’ouvrir la version</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>version {number} &quot;{name}&quot;, {when}</source>
        <translation>version {number} « {name} », {when}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export the version&apos;s report</source>
        <translation>Exporter le rapport de la version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ABND report (*.pdf);;ABND report, editable in Word (*.docx);;ABND report, editable (*.odt)</source>
        <translation>Rapport ABND (*.pdf);;Rapport ABND, modifiable dans Word (*.docx);;Rapport ABND, modifiable (*.odt)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot export</source>
        <translation>Impossible d’exporter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
</context>
<context>
    <name>HistoryMenu</name>
    <message>
        <location filename="../../gui/common/history_menu.py" line="+20"/>
        <source>History of this field</source>
        <translation>Historique de ce champ</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../gui/history/model.py" line="+34"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit and comment</source>
        <translation>Modification et commentaire</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Population: {count} cells</source>
        <translation>Population : {count} cellules</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(from {file})</source>
        <translation>(de {file})</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../gui/history/panel.py" line="+44"/>
        <source>Field: a name or a path</source>
        <translation>Champ : un nom ou un chemin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words of a field&apos;s name, or its path (e.g. scenarios.child-benefit)</source>
        <translation>Des mots du nom d’un champ, ou son chemin (par ex. scenarios.child-benefit)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Comment...</source>
        <translation>Commentaire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why the selected edit was made</source>
        <translation>Dire pourquoi la modification sélectionnée a été faite</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>All guarantees</source>
        <translation>Toutes les garanties</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All scenarios</source>
        <translation>Tous les scénarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n change(s) shown</source>
        <translation>
            <numerusform>%n modification affichée</numerusform>
            <numerusform>%n modifications affichées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No edits recorded yet</source>
        <translation>Aucune modification enregistrée</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select an edit first</source>
        <translation>Sélectionnez d’abord une modification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why this edit</source>
        <translation>Pourquoi cette modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why was it made? (e.g. &quot;per MoF letter of 3 May&quot;)</source>
        <translation>Pourquoi a-t-elle été faite ? (par ex. « selon la lettre du MdF du 3 mai »)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../gui/common/labels.py" line="+13"/>
        <source>Health care</source>
        <translation>Soins de santé essentiels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working age</source>
        <translation>Personnes en âge de travailler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elderly</source>
        <translation>Personnes âgées</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>real GDP growth</source>
        <translatorcomment>Native review: croissance du PIB réel is proposed (glossary: real GDP growth), standard, not seen verbatim.</translatorcomment>
        <translation>croissance du PIB réel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inflation (CPI and GDP deflator)</source>
        <translation>inflation (IPC et déflateur du PIB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take-up</source>
        <translation>taux de recours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>benefit level</source>
        <translatorcomment>Native review: montant de la prestation is proposed (glossary: benefit level / benefit amount), standard, not seen on a page.</translatorcomment>
        <translation>montant de la prestation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administration rate</source>
        <translatorcomment>Native review: frais d’administration is proposed (glossary: administrative cost), composed; « coûts administratifs » is the alternative.</translatorcomment>
        <translation>taux des frais d’administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>population (WPP 2024 bounds)</source>
        <translation>population (bornes des WPP 2024)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re-allocating public expenditure</source>
        <translation>Réaffectation des dépenses publiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Increasing tax revenue</source>
        <translation>Hausse des recettes fiscales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social security coverage and contributions</source>
        <translation>Extension de la sécurité sociale et cotisations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aid and transfers</source>
        <translation>Aide et transferts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eliminating illicit financial flows</source>
        <translation>Élimination des flux financiers illicites</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fiscal and foreign exchange reserves</source>
        <translation>Réserves budgétaires et de change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borrowing or restructuring debt</source>
        <translation>Emprunt ou restructuration de la dette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A more accommodating macroeconomic framework</source>
        <translation>Cadre macroéconomique plus accommodant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>% of GDP</source>
        <translation>% du PIB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of government revenue</source>
        <translation>% des recettes publiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{currency} a year</source>
        <translation>{currency} par an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contributions of a scheme&apos;s members (computed)</source>
        <translation>cotisations des affiliés d’un régime (calculées)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discussed</source>
        <translation>discuté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validated</source>
        <translation>validé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>endorsed</source>
        <translation>adopté</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/shell/main_window.py" line="+92"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+68"/>
        <source>Cannot open the project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Opened read-only</source>
        <translation>Ouvert en lecture seule</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The project cannot be edited here</source>
        <translation>Le projet ne peut pas être modifié ici</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open it read-only to look at it, print it and export it; nothing can change.</source>
        <translation>Ouvrez-le en lecture seule pour le consulter, l’imprimer et l’exporter&#x202f;; rien ne pourra être modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+294"/>
        <source>Assessment matrix</source>
        <translation>Matrice d’évaluation</translation>
    </message>
    <message>
        <location line="-291"/>
        <location line="+292"/>
        <source>Country data</source>
        <translation>Données du pays</translation>
    </message>
    <message>
        <location line="-291"/>
        <location line="+292"/>
        <source>Scenarios</source>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>Scénarios</translation>
    </message>
    <message>
        <location line="-286"/>
        <location line="+287"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="-271"/>
        <location line="+1"/>
        <source>Recalculating...</source>
        <translation>Recalcul en cours…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The country data lack {count} item(s) the scenarios need: see the checks</source>
        <translation>Il manque aux données du pays {count} élément(s) dont les scénarios ont besoin&#xa0;: voir les vérifications</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>ABND Studio</source>
        <translation>ABND Studio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}, {version} (read-only) — ABND Studio</source>
        <translation>{name}, {version} (lecture seule) — ABND Studio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} (read-only) — ABND Studio</source>
        <translation>{name} (lecture seule) — ABND Studio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} — ABND Studio</source>
        <translation>{name} — ABND Studio</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New from country...</source>
        <translation>&amp;Nouveau projet à partir d’un pays…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;As...</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Merge changes from another copy...</source>
        <translation>&amp;Fusionner les modifications d’une autre copie…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a &amp;version...</source>
        <translation>Enregistrer une &amp;version…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Versions...</source>
        <translation>V&amp;ersions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare...</source>
        <translation>&amp;Comparer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import data...</source>
        <translation>&amp;Importer des données…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the import &amp;template...</source>
        <translation>Enregistrer le &amp;modèle d’import…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Report (PDF, Word or ODT)...</source>
        <translation>&amp;Rapport (PDF, Word ou ODT)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Print...</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+125"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+125"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your &amp;name...</source>
        <translation>Votre &amp;nom…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La&amp;nguage</source>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Workshop mode</source>
        <translatorcomment>Native review: atelier is proposed (glossary: workshop), standard, not seen on a page.</translatorcomment>
        <translation>Mode &amp;atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About ABND Studio</source>
        <translation>À &amp;propos d’ABND Studio</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Nothing was changed</source>
        <translation>Aucune modification</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo {action}</source>
        <translation>Annuler&#xa0;: {action}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo {action}</source>
        <translation>Rétablir&#xa0;: {action}</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../gui/matrix/model.py" line="+65"/>
        <source>Guarantee</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Existing provision</source>
        <translation>Dispositions existantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy gap</source>
        <translation>Lacunes dans les politiques</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Implementation issue</source>
        <translation>Questions de mise en œuvre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommendation</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costable</source>
        <translatorcomment>Native review: Chiffrable is not in the glossary (costable (matrix column)), usual in costing reports.</translatorcomment>
        <translation>Chiffrable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked scenarios</source>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>Scénarios liés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of GDP</source>
        <translation>% du PIB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agencies</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+230"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="-228"/>
        <location line="+236"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Click to open the scenario.</source>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>Cliquer pour ouvrir le scénario.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Edit {column}</source>
        <translation>Modifier la colonne {column}</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Costable: &quot;{text}&quot; is not yes or no</source>
        <translatorcomment>Native review: Chiffrable is not in the glossary (costable (matrix column)), usual in costing reports.</translatorcomment>
        <translation>Chiffrable&#xa0;: &quot;{text}&quot; n’est ni oui ni non</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;{text}&quot; is not a status (draft, discussed, validated or endorsed)</source>
        <translation>« {text} » n’est pas un statut (projet, discuté, validé ou adopté)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;{text}&quot; is not a guarantee (health care, children, working age or elderly)</source>
        <translation>&quot;{text}&quot; n’est pas une garantie (soins de santé essentiels, enfants, personnes en âge de travailler ou personnes âgées)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Priority: &quot;{text}&quot; is not a whole number</source>
        <translation>Priorité&#xa0;: &quot;{text}&quot; n’est pas un nombre entier</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <location filename="../../gui/matrix/tab.py" line="+240"/>
        <source>&lt;b&gt;The assessment matrix is empty.&lt;/b&gt; Add a row for each existing scheme, policy gap, implementation issue and recommendation, by guarantee (Add row), or paste rows from a spreadsheet (Ctrl+V): one column per heading below.</source>
        <translation>&lt;b&gt;La matrice d’évaluation est vide.&lt;/b&gt; Ajoutez une ligne pour chaque régime existant, lacune des politiques, question de mise en œuvre et recommandation, par garantie (Ajouter une ligne), ou collez des lignes depuis un tableur (Ctrl+V)&#xa0;: une colonne par en-tête ci-dessous.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+138"/>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Add a row below the current one (Ctrl+Ins)</source>
        <translation>Ajouter une ligne sous la ligne courante (Ctrl+Ins)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete rows</source>
        <translation>Supprimer les lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected rows (Ctrl+Del)</source>
        <translation>Supprimer les lignes sélectionnées (Ctrl+Del)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the row up (Ctrl+Up)</source>
        <translation>Monter la ligne (Ctrl+Up)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the row down (Ctrl+Down)</source>
        <translation>Descendre la ligne (Ctrl+Down)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Guarantee:</source>
        <translation>Garantie&#xa0;:</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Show the rows of one guarantee only</source>
        <translation>Afficher seulement les lignes d’une garantie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All guarantees</source>
        <translation>Toutes les garanties</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the rows at one step of the consultation</source>
        <translation>Afficher les lignes à une étape de la consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search the matrix</source>
        <translation>Rechercher dans la matrice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the rows whose text holds these words</source>
        <translation>Afficher les lignes dont le texte contient ces mots</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Costs in:</source>
        <translation>Coûts en&#xa0;:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The year whose cost the matrix shows</source>
        <translation>Année dont la matrice affiche le coût</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Assessment matrix: {name}</source>
        <translation>Matrice d’évaluation&#xa0;: {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Supprimer %n ligne</numerusform>
            <numerusform>Supprimer %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) deleted.</source>
        <translation>
            <numerusform>%n ligne supprimée.</numerusform>
            <numerusform>%n lignes supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move row</source>
        <translation>Déplacer la ligne</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Clear cells</source>
        <translation>Effacer les cellules</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../gui/history/merge_dialog.py" line="+48"/>
        <source>Merge changes from {file}</source>
        <translation>Fusionner les modifications de {file}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base</source>
        <translation>Base commune</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Mine</source>
        <translation>Cette copie</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+93"/>
        <source>Theirs</source>
        <translation>L’autre copie</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typed value</source>
        <translation>Valeur saisie</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Keep mine everywhere</source>
        <translation>Garder cette copie partout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take theirs everywhere</source>
        <translation>Prendre l’autre copie partout</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>From {file}:</source>
        <translation>De {file} :</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) merge by themselves.</source>
        <translation>
            <numerusform>%n modification se fusionne d’elle-même.</numerusform>
            <numerusform>%n modifications se fusionnent d’elles-mêmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n edit(s) of its history come with them.</source>
        <translation>
            <numerusform>%n modification de son historique l’accompagne.</numerusform>
            <numerusform>%n modifications de son historique les accompagnent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n field(s) were changed differently here and there: choose what to keep for each.</source>
        <translation>
            <numerusform>%n champ a été modifié différemment ici et là-bas&#xa0;: choisissez quoi garder.</numerusform>
            <numerusform>%n champs ont été modifiés différemment ici et là-bas&#xa0;: choisissez quoi garder pour chacun.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The merge is one edit: Edit &gt; Undo takes it all back.</source>
        <translation>La fusion est une seule modification : Édition &gt; Annuler l’annule entièrement.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+3"/>
        <source>Delete it</source>
        <translation>La supprimer</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Keep it, edited</source>
        <translation>La garder, modifiée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type a value</source>
        <translation>Saisir une valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the value to keep</source>
        <translation>la valeur à garder</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>edited</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{field}: type the value as the other two are written</source>
        <translation>{field} : saisissez la valeur comme les deux autres sont écrites</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../gui/shell/message_bar.py" line="+63"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Show {field}</source>
        <translation>Afficher {field}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../gui/common/messages.py" line="+39"/>
        <source>{place}: {message}</source>
        <translation>{place}&#xa0;: {message}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{level}: {place}: {message}</source>
        <translation>{level}&#xa0;: {place}&#xa0;: {message}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{level}: {message}</source>
        <translation>{level}&#xa0;: {message}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Show {field}</source>
        <translation>Afficher {field}</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <location filename="../../engine/domain/months.py" line="+11"/>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>décembre</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../gui/common/numbers.py" line="+70"/>
        <source>&quot;{text}&quot;: this field is not in percent; type the number alone</source>
        <translation>&quot;{text}&quot;&#xa0;: ce champ n’est pas en pourcentage&#x202f;; tapez le nombre seul</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is empty; type a number</source>
        <translation>est vide&#x202f;; tapez un nombre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;{text}&quot; is not a whole number</source>
        <translation>&quot;{text}&quot; n’est pas un nombre entier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} est inférieur au minimum {minimum}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} est supérieur au maximum {maximum}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;{text}&quot; is not a number here: decimals follow &quot;{decimal}&quot; (e.g. {example})</source>
        <translation>&quot;{text}&quot; n’est pas un nombre ici&#xa0;: le séparateur décimal est &quot;{decimal}&quot; (p.&#xa0;ex. {example})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{text}&quot; is not a number: check the thousands separator (&quot;{group}&quot;)</source>
        <translation>&quot;{text}&quot; n’est pas un nombre&#xa0;: vérifiez le séparateur des milliers (&quot;{group}&quot;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{text}&quot; is not a number</source>
        <translation>&quot;{text}&quot; n’est pas un nombre</translation>
    </message>
</context>
<context>
    <name>PackagesEditor</name>
    <message>
        <location filename="../../gui/scenarios/packages_editor.py" line="+38"/>
        <source>The package to edit: a set of scenarios costed together</source>
        <translation>Ensemble de prestations à modifier&#xa0;: un groupe de scénarios chiffrés ensemble</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package&apos;s name in charts, tables and the report</source>
        <translation>Nom de l’ensemble de prestations dans les graphiques, les tableaux et le rapport</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+149"/>
        <location line="+2"/>
        <source>New package</source>
        <translatorcomment>Native review: ensemble de prestations is proposed (glossary: package (of benefits)), composed; « panier de prestations » also occurs.</translatorcomment>
        <translation>Nouvel ensemble de prestations</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Delete package</source>
        <translatorcomment>Native review: ensemble de prestations is proposed (glossary: package (of benefits)), composed; « panier de prestations » also occurs.</translatorcomment>
        <translation>Supprimer l’ensemble de prestations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package:</source>
        <translatorcomment>Native review: ensemble de prestations is proposed (glossary: package (of benefits)), composed; « panier de prestations » also occurs.</translatorcomment>
        <translation>Ensemble de prestations&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Its sources give {financing}: a gap of {gap} of GDP.</source>
        <translation>Ses sources apportent {financing} : un déficit de {gap} du PIB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its sources give {financing}: a surplus of {gap} of GDP.</source>
        <translation>Ses sources apportent {financing} : un excédent de {gap} du PIB.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Scenarios in it</source>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>Scénarios qu’il contient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financed by</source>
        <translation>Financé par</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>In {year} the package costs {pct} of GDP.</source>
        <translatorcomment>Native review: ensemble de prestations is proposed (glossary: package (of benefits)), composed; « panier de prestations » also occurs.</translatorcomment>
        <translation>En {year}, l’ensemble de prestations coûte {pct} du PIB.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Edit package</source>
        <translatorcomment>Native review: ensemble de prestations is proposed (glossary: package (of benefits)), composed; « panier de prestations » also occurs.</translatorcomment>
        <translation>Modifier l’ensemble de prestations</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete {name}</source>
        <translation>Supprimer {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package &quot;{name}&quot; deleted.</source>
        <translation>Ensemble de prestations «&#xa0;{name}&#xa0;» supprimé.</translation>
    </message>
</context>
<context>
    <name>ParagraphDelegate</name>
    <message>
        <location filename="../../gui/matrix/tab.py" line="-365"/>
        <source>Tick the scenarios that cost this recommendation</source>
        <translation>Cochez les scénarios qui chiffrent cette recommandation</translation>
    </message>
</context>
<context>
    <name>ProjectDocument</name>
    <message>
        <location filename="../../gui/document/project_document.py" line="+157"/>
        <source>Undo: {label}</source>
        <translation>Annuler : {label}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not undo &quot;{label}&quot;</source>
        <translation>Impossible d’annuler &quot;{label}&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Redo: {label}</source>
        <translation>Rétablir : {label}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not redo &quot;{label}&quot;</source>
        <translation>Impossible de rétablir &quot;{label}&quot;</translation>
    </message>
    <message>
        <location filename="../../gui/shell/main_window.py" line="-17"/>
        <source>{what}: {reason}. The project is as it was.</source>
        <translation>{what}&#xa0;: {reason}. Le projet est resté tel quel.</translation>
    </message>
</context>
<context>
    <name>Pyramid</name>
    <message>
        <location filename="../../gui/common/pyramid.py" line="+29"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons (men left, women right)</source>
        <translation>Personnes (hommes à gauche, femmes à droite)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Population by age and sex, {year}</source>
        <translation>Population par âge et par sexe, {year}</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../gui/shell/language.py" line="+53"/>
        <source>&amp;Select All</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>&amp;Augmenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>&amp;Diminuer</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-16"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+11"/>
        <source>Show Details...</source>
        <translation>Afficher les détails…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Masquer les détails…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-29"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>RangesDialog</name>
    <message>
        <location filename="../../gui/results/uncertainty_panel.py" line="+110"/>
        <source>Uncertainty ranges</source>
        <translatorcomment>Native review: incertitude is proposed (glossary: uncertainty), standard, no page recorded.</translatorcomment>
        <translation>Plages d’incertitude</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assumption</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low</source>
        <translation>Valeur basse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High</source>
        <translation>Valeur haute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distribution</source>
        <translation>Loi de probabilité</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>triangular</source>
        <translation>triangulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uniform</source>
        <translation>uniforme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>points</source>
        <translation>points de pourcentage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>of the 95 % bounds</source>
        <translation>des bornes à 95&#xa0;%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Draws</source>
        <translation>Tirages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed (same seed, same bands)</source>
        <translation>Graine (même graine, mêmes bandes)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set a range to 0 .. 0 to keep an assumption fixed.</source>
        <translation>Réglez une plage sur 0 .. 0 pour garder une hypothèse fixe.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit uncertainty ranges</source>
        <translatorcomment>Native review: incertitude is proposed (glossary: uncertainty), standard, no page recorded.</translatorcomment>
        <translation>Modifier les plages d’incertitude</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../engine/report/guarantees.py" line="+30"/>
        <source>Health care</source>
        <translation>Soins de santé essentiels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working age</source>
        <translation>Personnes en âge de travailler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elderly</source>
        <translation>Personnes âgées</translation>
    </message>
    <message>
        <location filename="../../engine/report/compose.py" line="+102"/>
        <source>Annex {letter}</source>
        <translation>Annexe {letter}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Assessment Based National Dialogue on the Social Protection Floor</source>
        <translation>Dialogue national fondé sur l’évaluation (ABND) sur le socle de protection sociale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../engine/report/consultation.py" line="+24"/>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prepared with ABND Studio {version}; costs in {currency}, {base}-{end}</source>
        <translation>Préparé avec ABND Studio {version} ; coûts en {currency}, {base}-{end}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../engine/report/options.py" line="-50"/>
        <source>Contents</source>
        <translation>Table des matières</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table {number}.</source>
        <translation>Tableau {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure {number}.</source>
        <translation>Figure {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{country}: {title}</source>
        <translation>{country} : {title}</translation>
    </message>
    <message>
        <location filename="../../engine/report/guarantees.py" line="+7"/>
        <source>Essential health care</source>
        <translation>Soins de santé essentiels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income security for children</source>
        <translation>Sécurité du revenu pour les enfants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income security for persons of working age</source>
        <translation>Sécurité du revenu pour les personnes en âge de travailler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income security for older persons</source>
        <translation>Sécurité du revenu pour les personnes âgées</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Costed: {names}</source>
        <translation>Chiffré : {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Existing provision</source>
        <translation>Dispositions existantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy gap</source>
        <translation>Lacunes dans les politiques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Implementation issue</source>
        <translation>Questions de mise en œuvre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommendation</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agencies</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Assessment: provisions, gaps and recommendations</source>
        <translation>Évaluation : dispositions, lacunes et recommandations</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The assessment matrix holds {rows} for this guarantee.</source>
        <translation>La matrice d’évaluation compte {rows} pour cette garantie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The assessment matrix has no row for this guarantee yet.</source>
        <translation>La matrice d’évaluation n’a pas encore de ligne pour cette garantie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenarios costed for it: {count}.</source>
        <translation>Scénarios chiffrés pour elle : {count}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assessment matrix: {guarantee}</source>
        <translation>Matrice d’évaluation : {guarantee}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This scenario could not be costed: {reason}</source>
        <translation>Ce scénario n’a pas pu être chiffré : {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rationale: {text}</source>
        <translation>Justification : {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources and notes: {text}</source>
        <translation>Sources et notes : {text}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Benefit a year per beneficiary ({unit})</source>
        <translation>Prestation annuelle par bénéficiaire ({unit})</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../engine/report/packages.py" line="+165"/>
        <location filename="../../engine/report/summary.py" line="+79"/>
        <source>Cost ({unit})</source>
        <translation>Coût ({unit})</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../engine/report/packages.py" line="+5"/>
        <location filename="../../engine/report/summary.py" line="-1"/>
        <source>% of government expenditure</source>
        <translation>% des dépenses publiques</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name}: cost year by year</source>
        <translation>{name} : coût année par année</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} ({unit})</source>
        <translation>{label} ({unit})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name}: cost in % of GDP</source>
        <translation>{name} : coût en % du PIB</translation>
    </message>
    <message>
        <location filename="../../engine/report/annexes.py" line="+30"/>
        <source>Real GDP growth (%)</source>
        <translatorcomment>Native review: croissance du PIB réel is proposed (glossary: real GDP growth), standard, not seen verbatim.</translatorcomment>
        <translation>Croissance du PIB réel (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDP deflator growth (%)</source>
        <translation>Croissance du déflateur du PIB (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPI inflation (%)</source>
        <translation>Inflation mesurée par l’IPC (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nominal GDP ({unit})</source>
        <translation>PIB nominal ({unit})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Poverty line ({currency} a month)</source>
        <translation>Seuil de pauvreté ({currency} par mois)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum wage ({currency} a month)</source>
        <translation>Salaire minimum ({currency} par mois)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average wage ({currency} a month)</source>
        <translation>Salaire moyen ({currency} par mois)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The economy and population, calendar year by year</source>
        <translation>L’économie et la population, année civile par année civile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The costs rest on these assumptions. Growth rates apply from the year after the base year; nominal GDP follows real growth and the GDP deflator.</source>
        <translation>Les coûts reposent sur ces hypothèses. Les taux de croissance s’appliquent à partir de l’année qui suit l’année de base ; le PIB nominal suit la croissance réelle et le déflateur du PIB.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field}: {note}</source>
        <translation>{field} : {note}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sources of the data and assumptions</source>
        <translation>Sources des données et des hypothèses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assumptions and sources</source>
        <translation>Hypothèses et sources</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The costs follow the ILO Rapid Assessment Protocol (RAP), used in the Assessment Based National Dialogues of Thailand, Indonesia, Viet Nam, Cambodia, Myanmar and Lao PDR. They are rapid estimates to start a national dialogue, not an actuarial valuation.</source>
        <translation>Les coûts suivent le protocole d’évaluation rapide (RAP) de l’OIT, utilisé dans les dialogues nationaux fondés sur l’évaluation de la Thaïlande, de l’Indonésie, du Viet Nam, du Cambodge, du Myanmar et de la RDP lao. Ce sont des estimations rapides pour lancer un dialogue national, pas une évaluation actuarielle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Country data. The population by single age (0 to 100) and sex for every year: five-year age groups are split with the Sprague multipliers and the years between known years are interpolated. Nominal GDP grows with real growth and the GDP deflator. Price and wage indices are 1 in the base year; the benefit anchors (poverty line, minimum wage, average wage) are base-year values carried by their index.</source>
        <translation>Données du pays. La population par âge simple (0 à 100) et par sexe pour chaque année : les groupes d’âge quinquennaux sont éclatés avec les multiplicateurs de Sprague et les années entre deux années connues sont interpolées. Le PIB nominal croît avec la croissance réelle et le déflateur du PIB. Les indices des prix et des salaires valent 1 l’année de base ; les références des prestations (seuil de pauvreté, salaire minimum, salaire moyen) sont des valeurs de l’année de base portées par leur indice.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The cost of a scenario, each year. Eligible persons N: the population of the scenario&apos;s ages and sex (or the unemployed, the informal workers, the births, or a given number), times its targeting (target share, prevalence, the share already covered). Take-up TU: the share of eligible persons who receive it. Annual amount A: the monthly benefit times the months paid, or the cost of care per person, or the wages of public works or of health workers. Benefit outlay BC = TU × N × A; administration AC = α × BC + F; total cost C = BC + AC.</source>
        <translation>Le coût d’un scénario, chaque année. Personnes éligibles N : la population des âges et du sexe du scénario (ou les chômeurs, les travailleurs informels, les naissances, ou un nombre donné), multipliée par son ciblage (part ciblée, prévalence, part déjà couverte). Taux de recours TU : la part des personnes éligibles qui la reçoivent. Montant annuel A : la prestation mensuelle multipliée par les mois versés, ou le coût des soins par personne, ou les salaires des travaux publics ou des agents de santé. Dépenses de prestations BC = TU × N × A ; administration AC = α × BC + F ; coût total C = BC + AC.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cost in % of GDP = 100 × C / nominal GDP; in % of government expenditure = 100 × C / (expenditure share × nominal GDP). Packages add the costs of their scenarios (not their beneficiaries: one person may receive several benefits).</source>
        <translation>Coût en % du PIB = 100 × C / PIB nominal ; en % des dépenses publiques = 100 × C / (part des dépenses × PIB nominal). Les ensembles additionnent les coûts de leurs scénarios (pas leurs bénéficiaires : une personne peut recevoir plusieurs prestations).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every input carries a source note in the project, and values that are assumptions say so. The RAP workbook exported from the same project holds the same calculation as live formulas, for a reader who wants to check or change it.</source>
        <translation>Chaque donnée porte une note de source dans le projet, et les valeurs qui sont des hypothèses le disent. Le classeur RAP exporté du même projet contient le même calcul en formules actives, pour qui veut le vérifier ou le modifier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The method in brief</source>
        <translation>La méthode en bref</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field}: {message}</source>
        <translation>{field} : {message}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is not costed: {reason}</source>
        <translation>{name} n’est pas chiffré : {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The costing engine gave no warning.</source>
        <translation>Le moteur de calcul des coûts n’a donné aucun avertissement.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ABND</source>
        <translation>ABND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment Based National Dialogue: government, workers, employers and civil society assess social protection against the floor, recommend how to close the gaps, and cost the recommendations.</source>
        <translation>Dialogue national fondé sur l’évaluation : gouvernement, travailleurs, employeurs et société civile évaluent la protection sociale au regard du socle, recommandent comment combler les lacunes et chiffrent les recommandations.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Social protection floor</source>
        <translation>Socle de protection sociale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The four basic social security guarantees of ILO Recommendation No. 202: essential health care, and income security for children, for persons of working age and for older persons.</source>
        <translation>Les quatre garanties élémentaires de sécurité sociale de la recommandation (n° 202) de l’OIT : soins de santé essentiels, et sécurité du revenu pour les enfants, pour les personnes en âge de travailler et pour les personnes âgées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>RAP</source>
        <translation>RAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapid Assessment Protocol: the ILO&apos;s method to cost social protection scenarios over a projection.</source>
        <translation>Protocole d’évaluation rapide : la méthode de l’OIT pour chiffrer des scénarios de protection sociale sur une projection.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One benefit or service, existing or proposed, as costed.</source>
        <translation>Une prestation ou un service, existant ou proposé, tel que chiffré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../engine/report/packages.py" line="-125"/>
        <location filename="../../engine/report/summary.py" line="-5"/>
        <source>Package</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A set of scenarios costed together.</source>
        <translation>Un ensemble de scénarios chiffrés ensemble.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take-up</source>
        <translation>Taux de recours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of the eligible persons who receive the benefit.</source>
        <translation>La part des personnes éligibles qui reçoivent la prestation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anchor</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount a benefit is a percentage of: the poverty line, the minimum or average wage, or GDP per person.</source>
        <translation>Le montant dont une prestation est un pourcentage : le seuil de pauvreté, le salaire minimum ou moyen, ou le PIB par habitant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indexation</source>
        <translation>Indexation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How a fixed benefit follows prices, wages or GDP per person after the base year.</source>
        <translation>La façon dont une prestation fixe suit les prix, les salaires ou le PIB par habitant après l’année de base.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The resources, in % of GDP, that the government could give a package.</source>
        <translation>Les ressources, en % du PIB, que le gouvernement pourrait consacrer à un ensemble.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GDP deflator</source>
        <translation>Déflateur du PIB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The price index of GDP: nominal GDP over real GDP.</source>
        <translation>L’indice des prix du PIB : PIB nominal divisé par PIB réel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base year</source>
        <translation>Année de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first year of the projection, in whose prices fixed amounts are given.</source>
        <translation>La première année de la projection, aux prix de laquelle les montants fixes sont donnés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tornado</source>
        <translation>Tornade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A chart of the cost when each assumption alone is set to its low and high value, the largest effect on top.</source>
        <translation>Un graphique du coût quand chaque hypothèse seule prend sa valeur basse puis haute, l’effet le plus grand en haut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../engine/report/sensitivity.py" line="+127"/>
        <source>Percentile</source>
        <translation>Centile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p5 is the cost that 5 % of the draws stay below; p50 is the median.</source>
        <translation>p5 est le coût sous lequel restent 5 % des tirages ; p50 est la médiane.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaning</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>Government expenditure (% of GDP)</source>
        <translation>Dépenses publiques (% du PIB)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../engine/report/guarantees.py" line="-48"/>
        <location filename="../../engine/report/packages.py" line="+140"/>
        <location filename="../../engine/report/summary.py" line="+1"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../engine/report/guarantees.py" line="+1"/>
        <source>Beneficiaries</source>
        <translatorcomment>Native review: bénéficiaires is proposed (glossary: beneficiaries), standard, not seen on a page.</translatorcomment>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <location filename="../../engine/report/financing.py" line="+49"/>
        <location line="+153"/>
        <location line="+10"/>
        <location filename="../../engine/report/guarantees.py" line="+3"/>
        <location line="+33"/>
        <location filename="../../engine/report/packages.py" line="-97"/>
        <location line="+78"/>
        <location filename="../../engine/report/sensitivity.py" line="-53"/>
        <location filename="../../engine/report/summary.py" line="+1"/>
        <source>% of GDP</source>
        <translation>% du PIB</translation>
    </message>
    <message>
        <location filename="../../engine/report/annexes.py" line="+35"/>
        <source>Results are per fiscal year, from {start} to {end}, each named by the calendar year in which it ends ({first} to {last}). Costs, GDP and government expenditure of a fiscal year are the month-weighted blend of the two calendar years it spans ({late} of the first and {early} of the second); beneficiaries are taken at the fiscal year&apos;s mid-point.</source>
        <translation>Les résultats sont par exercice budgétaire, de {start} à {end}, chacun désigné par l’année civile où il se termine ({first} à {last}). Les coûts, le PIB et les dépenses publiques d’un exercice sont la moyenne, pondérée par les mois, des deux années civiles qu’il couvre ({late} de la première et {early} de la seconde) ; les bénéficiaires sont pris au milieu de l’exercice.</translation>
    </message>
    <message>
        <location filename="../../engine/report/scenario_text.py" line="+28"/>
        <source>the poverty line</source>
        <translation>du seuil de pauvreté</translation>
    </message>
    <message>
        <location filename="../../engine/report/financing.py" line="-181"/>
        <source>Re-allocating public expenditure</source>
        <translation>Réaffectation des dépenses publiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Increasing tax revenue</source>
        <translation>Hausse des recettes fiscales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social security coverage and contributions</source>
        <translation>Extension de la sécurité sociale et cotisations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aid and transfers</source>
        <translation>Aide et transferts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eliminating illicit financial flows</source>
        <translation>Élimination des flux financiers illicites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal and foreign exchange reserves</source>
        <translation>Réserves budgétaires et de change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borrowing or restructuring debt</source>
        <translation>Emprunt ou restructuration de la dette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A more accommodating macroeconomic framework</source>
        <translation>Cadre macroéconomique plus accommodant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>% of government revenue</source>
        <translation>% des recettes publiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{currency} a year</source>
        <translation>{currency} par an</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../engine/report/scenario_text.py" line="+1"/>
        <source>the minimum wage</source>
        <translation>du salaire minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../engine/report/scenario_text.py" line="+1"/>
        <source>the average wage</source>
        <translation>du salaire moyen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contributions of the members of {scheme}: {rate} % of a wage of {wage} % of {anchor}, every month</source>
        <translation>cotisations des affiliés de {scheme} : {rate} % d’un salaire égal à {wage} % du {anchor}, chaque mois</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{unit}: {start} in {start_year}, rising evenly to {target} in {target_year}</source>
        <translation>{unit} : {start} en {start_year}, en hausse régulière jusqu’à {target} en {target_year}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{unit}: {value} every year</source>
        <translation>{unit} : {value} chaque année</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{unit}: {values} (nothing before {year})</source>
        <translation>{unit} : {values} (rien avant {year})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The cost of each package is set against the fiscal space the government could find for it: the financing options of the ILO handbook on fiscal space for social protection (re-allocating expenditure, raising taxes, extending contributory social security, aid, and others). The amounts are the project&apos;s assumptions, with their sources and how feasible each option is.</source>
        <translation>Le coût de chaque ensemble de prestations est mis en regard de l’espace budgétaire que le gouvernement pourrait lui trouver : les options de financement du guide de l’OIT sur l’espace budgétaire pour la protection sociale (réaffecter les dépenses, augmenter les impôts, étendre la sécurité sociale contributive, l’aide, et d’autres). Les montants sont les hypothèses du projet, avec leurs sources et la faisabilité de chaque option.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No financing source is given yet, so no package is set against one.</source>
        <translation>Aucune source de financement n’est encore indiquée : aucun ensemble de prestations n’y est donc confronté.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Packages without a financing source: {names}.</source>
        <translation>Ensembles de prestations sans source de financement : {names}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not computed: {reason}</source>
        <translation>non calculé : {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Financing source</source>
        <translation>Source de financement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it comes from</source>
        <translation>D’où vient le montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feasibility</source>
        <translation>Faisabilité</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Its sources cover its cost in every year.</source>
        <translation>Ses sources couvrent son coût chaque année.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its sources cover its cost every year from {year} on.</source>
        <translation>Ses sources couvrent son coût chaque année à partir de {year}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its sources do not cover its cost in {year}, the last year projected.</source>
        <translation>Ses sources ne couvrent pas son coût en {year}, dernière année projetée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cost of the package</source>
        <translation>Coût de l’ensemble de prestations</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Financing</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gap (cost minus financing)</source>
        <translation>Déficit (coût moins financement)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>In {year} the package costs {cost} % of GDP and its sources give {financing} % of GDP: a gap of {gap} % of GDP ({money} {currency}) still to be financed.</source>
        <translation>En {year}, l’ensemble de prestations coûte {cost} % du PIB et ses sources apportent {financing} % du PIB : un déficit de {gap} % du PIB ({money} {currency}) reste à financer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In {year} the package costs {cost} % of GDP and its sources give {financing} % of GDP: a surplus of {gap} % of GDP ({money} {currency}).</source>
        <translation>En {year}, l’ensemble de prestations coûte {cost} % du PIB et ses sources apportent {financing} % du PIB : un excédent de {gap} % du PIB ({money} {currency}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The contributions its members pay bring {collected} {currency}: net of them, the package costs the state {net} {currency}.</source>
        <translation>Les cotisations de ses affiliés rapportent {collected} {currency} : nettes de celles-ci, l’ensemble de prestations coûte à l’État {net} {currency}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{label} ({low} to {high})</source>
        <translation>{label} ({low} à {high})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What moves the gap in {year} most (% of GDP, each assumption alone at its low and high value): {named}.</source>
        <translation>Ce qui fait le plus varier le déficit en {year} (% du PIB, chaque hypothèse seule à sa valeur basse et haute) : {named}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Over {draws} draws of the assumptions and of each source&apos;s range, the gap in {year} lies between {low} and {high} % of GDP nine times in ten.</source>
        <translation>Sur {draws} tirages des hypothèses et de la fourchette de chaque source, le déficit en {year} se situe entre {low} et {high} % du PIB neuf fois sur dix.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../engine/report/options.py" line="+4"/>
        <source>Financing the packages</source>
        <translation>Financement des ensembles de prestations</translation>
    </message>
    <message>
        <location filename="../../engine/report/scenario_text.py" line="+1"/>
        <source>GDP per person</source>
        <translation>du PIB par habitant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not indexed (it keeps its nominal value)</source>
        <translation>non indexée (elle garde sa valeur nominale)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indexed to consumer prices</source>
        <translation>indexée sur les prix à la consommation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indexed to wages</source>
        <translation>indexée sur les salaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indexed to GDP per person</source>
        <translation>indexée sur le PIB par habitant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{low} and over</source>
        <translation>{low} ans et plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../engine/report/sensitivity.py" line="-33"/>
        <source>{low} to {high}</source>
        <translation>{low} à {high} ans</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>An existing scheme, costed as it stands.</source>
        <translation>Un régime existant, chiffré tel qu’il est.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proposed scheme.</source>
        <translation>Un régime proposé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It pays mothers at each birth.</source>
        <translation>Il est versé aux mères à chaque naissance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project gives the number of people eligible: {count} in {year}.</source>
        <translation>Le projet donne le nombre de personnes éligibles : {count} en {year}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>It covers the whole population.</source>
        <translation>Il couvre toute la population.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is for people of every age.</source>
        <translation>Il s’adresse aux personnes de tout âge.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is for unemployed people aged {ages}.</source>
        <translation>Il s’adresse aux chômeurs âgés de {ages}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is for informal workers aged {ages}.</source>
        <translation>Il s’adresse aux travailleurs informels âgés de {ages}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It offers work to people aged {ages}.</source>
        <translation>Il offre du travail aux personnes âgées de {ages}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It covers people aged {ages}.</source>
        <translation>Il couvre les personnes âgées de {ages}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is for people with a disability aged {ages}.</source>
        <translation>Il s’adresse aux personnes handicapées âgées de {ages}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is for people aged {ages}.</source>
        <translation>Il s’adresse aux personnes âgées de {ages}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In {year}, {eligible} births are eligible and {beneficiaries} receive it.</source>
        <translation>En {year}, {eligible} naissances y ouvrent droit et {beneficiaries} le reçoivent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In {year}, {eligible} people are eligible and {beneficiaries} receive it.</source>
        <translation>En {year}, {eligible} personnes sont éligibles et {beneficiaries} le reçoivent.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only women are eligible.</source>
        <translation>Seules les femmes sont éligibles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only men are eligible.</source>
        <translation>Seuls les hommes sont éligibles.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{share} at ages {ages}</source>
        <translation>{share} de {ages}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The share with a severe disability is {share}.</source>
        <translation>La part des personnes lourdement handicapées est de {share}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It targets {share} of them.</source>
        <translation>Il en cible {share}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Those already covered by another scheme ({share}) are left out.</source>
        <translation>Les personnes déjà couvertes par un autre régime ({share}) sont exclues.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>It is paid for {months} months per birth.</source>
        <translation>Elle est versée pendant {months} mois par naissance.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is paid {months} months a year.</source>
        <translation>Elle est versée {months} mois par an.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The benefit is {percent} of {anchor}: {amount} a month in {year}.</source>
        <translation>La prestation est de {percent} {anchor} : {amount} par mois en {year}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The benefit is {amount} a month in {base}, {indexation}.</source>
        <translation>La prestation est de {amount} par mois en {base}, {indexation}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In {year} it is {amount} a month, {share} of {anchor}.</source>
        <translation>En {year}, elle est de {amount} par mois, soit {share} {anchor}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In {year} it is {amount} a month.</source>
        <translation>En {year}, elle est de {amount} par mois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is {share} of {anchor}.</source>
        <translation>Soit {share} {anchor}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{percent} of {anchor} ({amount})</source>
        <translation>{percent} {anchor} ({amount})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ages {ages}: {level}</source>
        <translation>{ages} : {level}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The monthly benefit depends on age, in {year}: {bands}.</source>
        <translation>La prestation mensuelle dépend de l’âge, en {year} : {bands}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The amounts are {indexation}.</source>
        <translation>Les montants sont {indexation}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On average over the people eligible, it is {amount} a month in {year}.</source>
        <translation>En moyenne sur les personnes éligibles, elle est de {amount} par mois en {year}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Participants work {days} days a year at {wage} of the minimum wage ({working_days} working days a month): {daily} a day in {year}.</source>
        <translation>Les participants travaillent {days} jours par an à {wage} du salaire minimum ({working_days} jours ouvrables par mois) : {daily} par jour en {year}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tools, materials and supervision add {share} to the wages.</source>
        <translation>Les outils, les matériaux et l’encadrement ajoutent {share} aux salaires.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Care costs {cost} per person a year at {base} prices, rising with consumer prices and {excess} a year faster: {cost_then} in {year}.</source>
        <translation>Les soins coûtent {cost} par personne et par an aux prix de {base}, en hausse avec les prix à la consommation et {excess} plus vite chaque année : {cost_then} en {year}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Care costs {cost} per person a year at {base} prices, rising with consumer prices: {cost_then} in {year}.</source>
        <translation>Les soins coûtent {cost} par personne et par an aux prix de {base}, en hausse avec les prix à la consommation : {cost_then} en {year}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>It adds health workers to reach {target} per 1,000 people, from {now} today: {workers} more workers in {year}, each paid {multiple} times the average wage ({salary} a year).</source>
        <translation>Il ajoute des agents de santé pour atteindre {target} pour 1 000 habitants, contre {now} aujourd’hui : {workers} agents de plus en {year}, chacun payé {multiple} fois le salaire moyen ({salary} par an).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Other costs add {share} to the salaries.</source>
        <translation>Les autres coûts ajoutent {share} aux salaires.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take-up is {share} from {year}.</source>
        <translation>Le taux de recours est de {share} à partir de {year}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take-up starts at {start} of the people eligible in {start_year} and rises evenly to {target} in {target_year}.</source>
        <translation>Le taux de recours part de {start} des personnes éligibles en {start_year} et monte régulièrement jusqu’à {target} en {target_year}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Take-up is {share} of the people eligible every year.</source>
        <translation>Le taux de recours est de {share} des personnes éligibles chaque année.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{share} from {year}</source>
        <translation>{share} à partir de {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take-up of the people eligible: {steps}.</source>
        <translation>Taux de recours des personnes éligibles : {steps}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Administration costs {rate} of the benefits paid, plus {fixed} in {year}.</source>
        <translation>L’administration coûte {rate} des prestations versées, plus {fixed} en {year}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Administration costs {rate} of the benefits paid.</source>
        <translation>L’administration coûte {rate} des prestations versées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administration costs {fixed} in {year}.</source>
        <translation>L’administration coûte {fixed} en {year}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No administration cost is counted.</source>
        <translation>Aucun coût d’administration n’est compté.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It replaces {name}: in a package, the cost of {name} is subtracted to give the additional cost.</source>
        <translation>Il remplace {name} : dans un ensemble, le coût de {name} est déduit pour obtenir le coût supplémentaire.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>People who receive {names} are not eligible: their beneficiaries are removed age by age, sex by sex and year by year.</source>
        <translation>Les personnes qui reçoivent {names} ne sont pas éligibles : leurs bénéficiaires sont retirés âge par âge, sexe par sexe et année par année.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The scheme starts paying in {month} of its first year, so it pays {paid} of 12 months that year.</source>
        <translation>Le régime commence à verser en {month} de sa première année ; il verse donc {paid} mois sur 12 cette année-là.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{pct_gdp} of GDP in {year} ({money}; {pct_expenditure} of government expenditure)</source>
        <translation>{pct_gdp} du PIB en {year} ({money} ; {pct_expenditure} des dépenses publiques)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{pct_gdp} of GDP in {year} ({money})</source>
        <translation>{pct_gdp} du PIB en {year} ({money})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>It costs {costs}.</source>
        <translation>Il coûte {costs}.</translation>
    </message>
    <message>
        <location filename="../../engine/report/annexes.py" line="+154"/>
        <location filename="../../engine/report/packages.py" line="-73"/>
        <source>Fiscal space</source>
        <translation>Espace budgétaire</translation>
    </message>
    <message>
        <location filename="../../engine/report/options.py" line="-3"/>
        <location filename="../../engine/report/summary.py" line="-17"/>
        <source>Executive summary</source>
        <translation>Résumé analytique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A chapter per guarantee: matrix and scenarios</source>
        <translation>Un chapitre par garantie : matrice et scénarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../engine/report/packages.py" line="-63"/>
        <source>Packages and fiscal space</source>
        <translation>Ensembles et espace budgétaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../engine/report/sensitivity.py" line="+26"/>
        <source>Sensitivity and uncertainty</source>
        <translatorcomment>Native review: incertitude is proposed (glossary: uncertainty), standard, no page recorded.
Native review: sensibilité is proposed (glossary: sensitivity analysis), standard (glossary form « analyse de sensibilité »), no page recorded.</translatorcomment>
        <translation>Sensibilité et incertitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annex: assumptions and sources</source>
        <translation>Annexe : hypothèses et sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annex: the method in brief</source>
        <translation>Annexe : la méthode en bref</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annex: warnings from the costing engine</source>
        <translation>Annexe : avertissements du moteur de calcul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annex: glossary</source>
        <translation>Annexe : glossaire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Draft for discussion</source>
        <translation>Projet pour discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft for the validation workshop</source>
        <translation>Projet pour l’atelier de validation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted for endorsement</source>
        <translation>Soumis pour adoption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endorsed version</source>
        <translation>Version adoptée</translation>
    </message>
    <message>
        <location filename="../../engine/report/sensitivity.py" line="-44"/>
        <source>real GDP growth</source>
        <translation>croissance du PIB réel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inflation (CPI and GDP deflator)</source>
        <translation>inflation (IPC et déflateur du PIB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take-up</source>
        <translation>taux de recours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>benefit level</source>
        <translation>montant de la prestation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administration rate</source>
        <translation>taux d’administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>population (WPP 2024 bounds)</source>
        <translation>population (bornes WPP 2024)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{low} to {high} points</source>
        <translation>{low} à {high} points</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WPP 2024 low to high variant</source>
        <translation>variante basse à haute de WPP 2024</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the project&apos;s ranges</source>
        <translation>les plages du projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the default ranges</source>
        <translation>les plages par défaut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How much the cost of each package depends on its assumptions. The tornado moves one assumption at a time to its low and then its high value, all others held; the bands draw every assumption at once, {draws} times, and give the percentiles of the cost each year.</source>
        <translation>Dans quelle mesure le coût de chaque ensemble dépend de ses hypothèses. La tornade porte une hypothèse à la fois à sa valeur basse puis haute, les autres étant maintenues ; les bandes tirent toutes les hypothèses à la fois, {draws} fois, et donnent les centiles du coût chaque année.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cost in {year}: {cost} of GDP. Each assumption alone, at its low and high value:</source>
        <translation>Coût en {year} : {cost} du PIB. Chaque hypothèse seule, à sa valeur basse et haute :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Low value</source>
        <translation>Valeur basse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High value</source>
        <translation>Valeur haute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central</source>
        <translation>Centrale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: what moves the cost in {year}</source>
        <translation>{name} : ce qui fait varier le coût en {year}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assumption</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change tested</source>
        <translation>Variation testée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low (% of GDP)</source>
        <translation>Basse (% du PIB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High (% of GDP)</source>
        <translation>Haute (% du PIB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swing (points)</source>
        <translation>Écart (points)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name}: one assumption at a time, {year}</source>
        <translation>{name} : une hypothèse à la fois, {year}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Percentiles of {draws} draws ({source}), cost in % of GDP:</source>
        <translation>Centiles de {draws} tirages ({source}), coût en % du PIB :</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+12"/>
        <source>p{percentile}</source>
        <translation>p{percentile}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{name}: uncertainty bands</source>
        <translation>{name} : bandes d’incertitude</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name}: percentiles of the cost, year by year</source>
        <translation>{name} : centiles du coût, année par année</translation>
    </message>
    <message>
        <location filename="../../engine/report/annexes.py" line="-65"/>
        <source>Warnings from the costing engine</source>
        <translation>Avertissements du moteur de calcul des coûts</translation>
    </message>
    <message>
        <location filename="../../engine/report/packages.py" line="-9"/>
        <source>A package is a set of scenarios costed together. Its fiscal space is the envelope, in % of GDP, that the government could give it; the gap is the envelope minus the cost (negative: the package costs more than the envelope).</source>
        <translation>Un ensemble est un groupe de scénarios chiffrés ensemble. Son espace budgétaire est l’enveloppe, en % du PIB, que le gouvernement pourrait lui consacrer ; l’écart est l’enveloppe moins le coût (négatif : l’ensemble coûte plus que l’enveloppe).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cost of each package in % of GDP</source>
        <translation>Coût de chaque ensemble en % du PIB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The package holds these scenarios:</source>
        <translation>L’ensemble comprend ces scénarios :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} ({status})</source>
        <translation>{name} ({status})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The package could not be costed: {reason}</source>
        <translation>L’ensemble n’a pas pu être chiffré : {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The package costs {costs}.</source>
        <translation>L’ensemble coûte {costs}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name}: cost of each scenario in % of GDP, stacked</source>
        <translation>{name} : coût de chaque scénario en % du PIB, empilé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>existing</source>
        <translation>existant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>It fits within its fiscal space ({envelope} of GDP in {year}) in every year; the smallest margin is {margin} of GDP, in {margin_year}.</source>
        <translation>Il tient dans son espace budgétaire ({envelope} du PIB en {year}) chaque année ; la plus petite marge est de {margin} du PIB, en {margin_year}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It costs more than its fiscal space ({envelope} of GDP in {year}) in {count} of {years} years, by up to {excess} of GDP in {excess_year}.</source>
        <translation>Il coûte plus que son espace budgétaire ({envelope} du PIB en {year}) {count} années sur {years}, jusqu’à {excess} du PIB de plus en {excess_year}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Net of the existing schemes its proposals replace, it adds {additional} of GDP in {year}.</source>
        <translation>Net des régimes existants que ses propositions remplacent, il ajoute {additional} du PIB en {year}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../engine/report/summary.py" line="+24"/>
        <source>Fiscal space (% of GDP)</source>
        <translation>Espace budgétaire (% du PIB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../engine/report/summary.py" line="+1"/>
        <source>Gap (% of GDP)</source>
        <translation>Écart (% du PIB)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name}: cost and fiscal space year by year</source>
        <translation>{name} : coût et espace budgétaire année par année</translation>
    </message>
    <message>
        <location filename="../../engine/report/summary.py" line="-56"/>
        <source>This report costs {scenarios} of social protection for {country} from {base} to {end}, following the ILO Rapid Assessment Protocol, and compares {packages} of them with the fiscal space.</source>
        <translation>Ce rapport chiffre {scenarios} de protection sociale pour {country} de {base} à {end}, selon le protocole d’évaluation rapide de l’OIT, et compare {packages} à l’espace budgétaire.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{package} would cost {costs}.</source>
        <translation>{package} coûterait {costs}.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Key figures: the packages in {years}</source>
        <translation>Chiffres clés : les ensembles en {years}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} ({cost} of GDP)</source>
        <translation>{name} ({cost} du PIB)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The largest scenarios in {year}: {items}.</source>
        <translation>Les scénarios les plus coûteux en {year} : {items}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What moves the cost most: for {package} in {year}, {assumption} alone takes it from {low} to {high} of GDP (central estimate {central}).</source>
        <translation>Ce qui fait le plus varier le coût : pour {package} en {year}, {assumption} à lui seul le porte de {low} à {high} du PIB (estimation centrale {central}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Next comes {assumption}: from {low} to {high}.</source>
        <translation>Vient ensuite {assumption} : de {low} à {high}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the numbers: costs are in current {currency} (nominal); percentages of GDP and of government expenditure are rounded to two decimals, shares to a whole percent, amounts of money to four significant digits, numbers of people to the hundred. {years}</source>
        <translation>Lire les chiffres : les coûts sont en {currency} courants (nominaux) ; les pourcentages du PIB et des dépenses publiques sont arrondis à deux décimales, les parts au pour cent entier, les montants à quatre chiffres significatifs, les nombres de personnes à la centaine. {years}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Years are fiscal years, each named by the calendar year in which it ends.</source>
        <translation>Les années sont des exercices budgétaires, chacun désigné par l’année civile où il se termine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Years are calendar years.</source>
        <translation>Les années sont des années civiles.</translation>
    </message>
    <message>
        <location filename="../../engine/report/text.py" line="+36"/>
        <source>billion {currency}</source>
        <translation>milliards de {currency}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>million {currency}</source>
        <translation>millions de {currency}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>thousands</source>
        <translation>milliers</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+9"/>
        <source>{amount} {unit}</source>
        <translation>{amount} {unit}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{items} and {last}</source>
        <translation>{items} et {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one scenario</source>
        <translation>un scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} scenarios</source>
        <translation>{count} scénarios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one package</source>
        <translation>un ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} packages</source>
        <translation>{count} ensembles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one row</source>
        <translation>une ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} rows</source>
        <translation>{count} lignes</translation>
    </message>
    <message>
        <location filename="../../engine/report/consultation.py" line="-12"/>
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discussed</source>
        <translation>discuté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validated</source>
        <translation>validé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>endorsed</source>
        <translation>adopté</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Status: {status}, {date}</source>
        <translation>Statut : {status}, {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: {status}</source>
        <translation>Statut : {status}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Comments from the consultation</source>
        <translation>Commentaires de la consultation</translation>
    </message>
    <message>
        <location filename="../../engine/report/options.py" line="-8"/>
        <source>Annex: comments from the consultation</source>
        <translation>Annexe : commentaires de la consultation</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <location filename="../../gui/results/tab.py" line="+91"/>
        <source>A package, stacked</source>
        <translatorcomment>Native review: ensemble de prestations is proposed (glossary: package (of benefits)), composed; « panier de prestations » also occurs.</translatorcomment>
        <translation>Un ensemble de prestations, empilé</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+360"/>
        <source>Scenarios compared</source>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>Comparaison des scénarios</translation>
    </message>
    <message>
        <location line="-359"/>
        <location line="+355"/>
        <source>Packages compared</source>
        <translatorcomment>Native review: ensemble de prestations is proposed (glossary: package (of benefits)), composed; « panier de prestations » also occurs.</translatorcomment>
        <translation>Comparaison des ensembles de prestations</translation>
    </message>
    <message>
        <location line="-354"/>
        <source>Packages in one year</source>
        <translatorcomment>Native review: ensemble de prestations is proposed (glossary: package (of benefits)), composed; « panier de prestations » also occurs.</translatorcomment>
        <translation>Ensembles de prestations sur une année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population pyramid</source>
        <translation>Pyramide des âges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitivity of a package (tornado)</source>
        <translatorcomment>Native review: ensemble de prestations is proposed (glossary: package (of benefits)), composed; « panier de prestations » also occurs.
Native review: sensibilité is proposed (glossary: sensitivity analysis), standard (glossary form « analyse de sensibilité »), no page recorded.</translatorcomment>
        <translation>Sensibilité d’un ensemble de prestations (tornade)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncertainty bands of a package</source>
        <translatorcomment>Native review: incertitude is proposed (glossary: uncertainty), standard, no page recorded.
Native review: ensemble de prestations is proposed (glossary: package (of benefits)), composed; « panier de prestations » also occurs.</translatorcomment>
        <translation>Bandes d’incertitude d’un ensemble de prestations</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranges...</source>
        <translation>Plages…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Double-click a line to go to the data concerned.</source>
        <translation>Double-cliquez sur une ligne pour aller aux données concernées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package:</source>
        <translatorcomment>Native review: ensemble de prestations is proposed (glossary: package (of benefits)), composed; « panier de prestations » also occurs.</translatorcomment>
        <translation>Ensemble de prestations&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure:</source>
        <translation>Mesure&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year:</source>
        <translation>Année&#xa0;:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;b&gt;Results table&lt;/b&gt; (click a heading to sort)</source>
        <translatorcomment>Native review: Tableau is proposed (glossary: Table), usual UI word, no page recorded.</translatorcomment>
        <translation>&lt;b&gt;Tableau des résultats&lt;/b&gt; (cliquer sur un en-tête pour trier)</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>What if...</source>
        <translation>Et si…</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Financing of a package</source>
        <translation>Financement d’un ensemble de prestations</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What moves a package&apos;s financing gap (tornado)</source>
        <translation>Ce qui fait varier le déficit de financement (tornade)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncertainty bands of a package&apos;s financing gap</source>
        <translation>Bandes d’incertitude du déficit de financement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the chart shows</source>
        <translation>Ce que montre le graphique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package the chart and the table follow</source>
        <translation>Ensemble de prestations que suivent le graphique et le tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit: % of GDP, money, people...</source>
        <translation>Unité&#xa0;: % du PIB, montant en monnaie, personnes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The year of a one-year chart (packages in a year, pyramid)</source>
        <translation>Année d’un graphique sur une seule année (ensembles sur une année, pyramide des âges)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Try other benefit levels and packages on a copy; keep them or not at the end</source>
        <translation>Essayer d’autres niveaux de prestations et d’autres ensembles sur une copie&#x202f;; les garder ou non à la fin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PNG...</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as SVG...</source>
        <translation>Enregistrer en SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy (picture and vectors)</source>
        <translation>Copier (image et vecteurs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print...</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the chosen package</source>
        <translation>Seulement l’ensemble choisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the chosen package and its scenarios, not every result</source>
        <translation>Afficher l’ensemble choisi et ses scénarios, pas tous les résultats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export...</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the results table to an Excel or CSV file</source>
        <translation>Écrire le tableau des résultats dans un fichier Excel ou CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Warnings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Avertissements&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>% of GDP</source>
        <translation>% du PIB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{currency}, nominal</source>
        <translation>{currency}, aux prix courants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{currency} at {year} prices</source>
        <translation>{currency} aux prix de {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>% of government expenditure</source>
        <translation>% des dépenses publiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons</source>
        <translation>personnes</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} has no result: {reason}</source>
        <translation>{name} n’a pas de résultat&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&lt;b&gt;No scenario yet.&lt;/b&gt; Add one in the Scenarios tab (Add...): a benefit or a service, who receives it and how much; its cost appears here at once.</source>
        <translation>&lt;b&gt;Aucun scénario pour l’instant.&lt;/b&gt; Ajoutez-en un dans l’onglet Scénarios (Ajouter…)&#xa0;: une prestation ou un service, qui la reçoit et combien&#x202f;; son coût s’affiche ici aussitôt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;No package yet.&lt;/b&gt; A package is a set of scenarios costed together against its fiscal space: make one in Scenarios &gt; Packages (New package), then tick its scenarios.</source>
        <translation>&lt;b&gt;Aucun ensemble de prestations pour l’instant.&lt;/b&gt; Un ensemble de prestations est un groupe de scénarios chiffrés ensemble et mis en regard de son espace budgétaire&#xa0;: créez-en un dans Scénarios &gt; Ensembles de prestations (Nouvel ensemble de prestations), puis cochez ses scénarios.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Stopped: the chart shows the last complete run.</source>
        <translatorcomment>Native review: Graphique is proposed (glossary: Chart), usual UI word, no page recorded.</translatorcomment>
        <translation>Arrêté&#xa0;: le graphique montre le dernier calcul complet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name}: what moves the cost in {year}</source>
        <translation>{name}&#xa0;: ce qui fait varier le coût en {year}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What moves the financing gap in {year}</source>
        <translation>Ce qui fait varier le déficit de financement en {year}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: uncertainty bands ({draws} draws)</source>
        <translatorcomment>Native review: incertitude is proposed (glossary: uncertainty), standard, no page recorded.</translatorcomment>
        <translation>{name} : bandes d’incertitude ({draws} tirages)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Financing gap: bands of {draws} draws</source>
        <translation>Déficit de financement : bandes de {draws} tirages</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Packages in {year}</source>
        <translatorcomment>Native review: ensemble de prestations is proposed (glossary: package (of benefits)), composed; « panier de prestations » also occurs.</translatorcomment>
        <translation>Ensembles de prestations en {year}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The chart is on the clipboard: paste it into a slide.</source>
        <translatorcomment>Native review: Graphique is proposed (glossary: Chart), usual UI word, no page recorded.</translatorcomment>
        <translation>Le graphique est dans le presse-papiers&#xa0;: collez-le dans une diapositive.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Results table</source>
        <translation>Tableau des résultats</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the chart</source>
        <translatorcomment>Native review: Graphique is proposed (glossary: Chart), usual UI word, no page recorded.</translatorcomment>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chart saved to {path}</source>
        <translatorcomment>Native review: Graphique is proposed (glossary: Chart), usual UI word, no page recorded.</translatorcomment>
        <translation>Graphique enregistré dans {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the results table</source>
        <translatorcomment>Native review: Tableau is proposed (glossary: Table), usual UI word, no page recorded.</translatorcomment>
        <translation>Exporter le tableau des résultats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Results written to {path}</source>
        <translation>Résultats écrits dans {path}</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <location filename="../../gui/results/table.py" line="+31"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beneficiaries</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefit per beneficiary, {currency} a year</source>
        <translation>Prestation par bénéficiaire, {currency} par an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Benefit cost, {currency}</source>
        <translation>Dépenses de prestations, {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration, {currency}</source>
        <translation>Frais d’administration, {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total cost, {currency}</source>
        <translation>Coût total, {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total cost, {currency} at base-year prices</source>
        <translation>Coût total, {currency} aux prix de l’année de base</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost, % of GDP</source>
        <translation>Coût, % du PIB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost, % of government expenditure</source>
        <translation>Coût, % des dépenses publiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost, % of government revenue</source>
        <translation>Coût, % des recettes publiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing schemes, {currency}</source>
        <translation>Régimes existants, {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed schemes, {currency}</source>
        <translation>Régimes proposés, {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced schemes, {currency}</source>
        <translation>Régimes remplacés, {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional cost, {currency}</source>
        <translation>Coût supplémentaire, {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional cost, % of GDP</source>
        <translation>Coût supplémentaire, % du PIB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal space, % of GDP</source>
        <translation>Espace budgétaire, % du PIB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal space left, % of GDP (negative: over)</source>
        <translation>Espace budgétaire restant, % du PIB (négatif&#xa0;: dépassement)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Government expenditure needed, % of GDP</source>
        <translation>Dépenses publiques nécessaires, % du PIB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Financing, {currency}</source>
        <translation>Financement, {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financing, % of GDP</source>
        <translation>Financement, % du PIB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financing gap, % of GDP (negative: surplus)</source>
        <translation>Déficit de financement, % du PIB (négatif&#xa0;: excédent)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>scenario</source>
        <translation>scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>package</source>
        <translation>ensemble de prestations</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>{header} (column {key} in exported files)</source>
        <translation>{header} (colonne {key} dans les fichiers exportés)</translation>
    </message>
</context>
<context>
    <name>ScenarioFields</name>
    <message>
        <location filename="../../gui/common/scenario_fields.py" line="+49"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guarantee</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ages</source>
        <translation>Âges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from - to</source>
        <translation>de - à</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target share</source>
        <translation>Part ciblée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>30 %, or 2026: 30 %; 2030: 50 %, or 0-14: 20 %</source>
        <translation>30&#xa0;%, ou 2026&#xa0;: 30&#xa0;%&#x202f;; 2030&#xa0;: 50&#xa0;%, ou 0-14&#xa0;: 20&#xa0;%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prevalence</source>
        <translatorcomment>Native review: prévalence du handicap is proposed (glossary: disability prevalence), composed.</translatorcomment>
        <translation>Prévalence du handicap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>share of the age band, e.g. 2.8 % or 15-64: 2.8 %</source>
        <translatorcomment>Native review: tranche d’âge is proposed (glossary: age group), standard, not seen verbatim (glossary also gives « groupe d’âge »).</translatorcomment>
        <translation>part de la tranche d’âge, p.&#xa0;ex. 2,8&#xa0;% ou 15-64&#xa0;: 2,8&#xa0;%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Already covered</source>
        <translation>Déjà couverts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>share already covered by other schemes</source>
        <translation>part déjà couverte par d’autres régimes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not eligible if receiving</source>
        <translation>Non éligible si bénéficiaire de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>their beneficiaries, by age, sex and year, are not eligible here</source>
        <translation>leurs bénéficiaires, par âge, sexe et année, ne sont pas éligibles ici</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Benefit</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Months paid a year</source>
        <translation>Mois versés par an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days of work a year</source>
        <translation>Jours de travail par an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily wage</source>
        <translatorcomment>Native review: salaire journalier is proposed (glossary: daily wage), standard, not seen on a page.</translatorcomment>
        <translation>Salaire journalier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% of the minimum wage</source>
        <translation>% du salaire minimum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working days a month</source>
        <translatorcomment>Native review: jours ouvrables par mois is proposed (glossary: working days per month), standard, not seen on a page.</translatorcomment>
        <translation>Jours ouvrables par mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days (default 22)</source>
        <translation>jours (22 par défaut)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Non-wage costs</source>
        <translation>Coûts non salariaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% of total cost</source>
        <translatorcomment>Native review: coût total is proposed (glossary: total cost), standard, not seen on a page.</translatorcomment>
        <translation>% du coût total</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost per person a year</source>
        <translation>Coût par personne et par an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{currency}, base year</source>
        <translation>{currency}, année de base</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Health inflation above CPI</source>
        <translation>Inflation des coûts de santé au-delà de l’IPC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% a year</source>
        <translation>% par an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Health workers per 1,000, target</source>
        <translation>Personnels de santé pour 1&#x202f;000 habitants, cible</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>per 1,000</source>
        <translation>pour 1&#x202f;000</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Health workers per 1,000, today</source>
        <translation>Personnels de santé pour 1&#x202f;000 habitants, actuel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Salary</source>
        <translation>Salaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>x the average wage</source>
        <translatorcomment>Native review: salaire moyen is proposed (glossary: average wage), standard, not seen on a page.</translatorcomment>
        <translation>× le salaire moyen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Non-staff costs</source>
        <translation>Coûts hors personnel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>x the salary bill</source>
        <translation>× la masse salariale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beneficiaries</source>
        <translatorcomment>Native review: bénéficiaires is proposed (glossary: beneficiaries), standard, not seen on a page.</translatorcomment>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>persons</source>
        <translation>personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1200 or 2026: 1000; 2030: 5000</source>
        <translation>1&#x202f;200 ou 2026&#xa0;: 1&#x202f;000&#x202f;; 2030&#xa0;: 5&#x202f;000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take-up</source>
        <translation>Taux de recours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts paying in</source>
        <translation>Premier versement en</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the month the scheme starts in its first year (the take-up&apos;s first year)</source>
        <translation>le mois où le régime commence sa première année (la première année du taux de recours)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Administration</source>
        <translatorcomment>Native review: frais d’administration is proposed (glossary: administrative cost), composed; « coûts administratifs » is the alternative.</translatorcomment>
        <translation>Frais d’administration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% of benefits</source>
        <translation>% des prestations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fixed administration</source>
        <translatorcomment>Native review: frais d’administration is proposed (glossary: administrative cost), composed; « coûts administratifs » is the alternative.</translatorcomment>
        <translation>Frais d’administration fixes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{currency} a year</source>
        <translation>{currency} par an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2026: 5e9</source>
        <translation>p.&#xa0;ex. 2026&#xa0;: 5e9</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replaces existing scheme</source>
        <translation>Remplace le régime existant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source of the numbers</source>
        <translation>Source des chiffres</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cash benefit by age</source>
        <translation>Prestation en espèces selon l’âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability benefit</source>
        <translation>Allocation pour personnes handicapées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maternity benefit</source>
        <translation>Prestation de maternité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unemployment benefit</source>
        <translation>Allocation de chômage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public works</source>
        <translation>Programme de travaux publics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contribution subsidy</source>
        <translatorcomment>Native review: subvention des cotisations is proposed (glossary: contribution subsidy), composed; « allégements de cotisations » names another mechanism.</translatorcomment>
        <translation>Subvention des cotisations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health: cost per person</source>
        <translation>Santé&#xa0;: coût par personne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health: staffing</source>
        <translation>Santé&#xa0;: personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom beneficiaries</source>
        <translatorcomment>Native review: bénéficiaires is proposed (glossary: beneficiaries), standard, not seen on a page.</translatorcomment>
        <translation>Bénéficiaires définis par l’utilisateur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>January (a whole first year)</source>
        <translation>janvier (une première année entière)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Proposed</source>
        <translatorcomment>Native review: proposé is proposed (glossary: proposed (status)), composed.</translatorcomment>
        <translation>Proposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing scheme</source>
        <translation>Régime existant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Both sexes</source>
        <translation>Les deux sexes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>prices (CPI)</source>
        <translation>prix (IPC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wages</source>
        <translation>salaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDP per person</source>
        <translatorcomment>Native review: PIB par habitant is proposed (glossary: GDP per capita), standard, not seen on a page.</translatorcomment>
        <translation>PIB par habitant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (fixed in money)</source>
        <translation>aucune (montant fixe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the poverty line</source>
        <translation>seuil de pauvreté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the minimum wage</source>
        <translation>salaire minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the average wage</source>
        <translatorcomment>Native review: salaire moyen is proposed (glossary: average wage), standard, not seen on a page.</translatorcomment>
        <translation>salaire moyen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GDP per person (monthly)</source>
        <translatorcomment>Native review: PIB par habitant is proposed (glossary: GDP per capita), standard, not seen on a page.
Native review: mensuel is proposed (glossary: monthly), standard, not seen on a page.</translatorcomment>
        <translation>PIB par habitant (mensuel)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The scenario&apos;s name in every table, chart and report</source>
        <translation>Nom du scénario dans tous les tableaux, graphiques et rapports</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guarantee of the Social Protection Floor the scheme serves</source>
        <translation>Garantie du socle de protection sociale à laquelle répond le régime</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Existing: a scheme paid today; proposed: a recommendation being costed</source>
        <translation>Existant&#xa0;: un régime versé aujourd’hui&#x202f;; proposé&#xa0;: une recommandation en cours de chiffrage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ages eligible, in whole years, both included (e.g. 0 to 5)</source>
        <translation>Âges éligibles, en années révolues, bornes comprises (p.&#xa0;ex. 0 à 5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is eligible: women, men or both</source>
        <translation>Qui est éligible&#xa0;: femmes, hommes ou les deux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of the age band targeted, in % (e.g. 30 % for the poorest 30 %)</source>
        <translation>Part de la tranche d’âge ciblée, en % (p.&#xa0;ex. 30&#xa0;% pour les 30&#xa0;% les plus pauvres)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The share of the age band with the condition, in % (e.g. 2.8 %)</source>
        <translation>Part de la tranche d’âge présentant la condition (p.&#xa0;ex. un handicap), en %, par exemple 2,8&#xa0;%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The share already covered by other schemes, in % (not eligible here)</source>
        <translation>Part déjà couverte par d’autres régimes, en % (non éligible ici)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People receiving these schemes are not eligible here</source>
        <translation>Les bénéficiaires de ces régimes ne sont pas éligibles ici</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The benefit a month: a % of an anchor (the poverty line, a wage) or a fixed amount in the currency at base-year prices</source>
        <translation>Prestation mensuelle&#xa0;: un % d’une référence (seuil de pauvreté, salaire) ou un montant fixe en monnaie nationale aux prix de l’année de base</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Months the benefit is paid in a year (12 for a monthly benefit)</source>
        <translation>Nombre de mois de versement par an (12 pour une prestation mensuelle)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days of work offered to each participant in a year (e.g. 60)</source>
        <translation>Jours de travail offerts à chaque participant par an (p.&#xa0;ex. 60)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The daily wage, in % of the minimum wage (e.g. 100 %)</source>
        <translation>Salaire journalier, en % du salaire minimum (p.&#xa0;ex. 100&#xa0;%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working days in a month, to turn the monthly wage into a daily one</source>
        <translation>Jours ouvrables par mois, pour convertir le salaire mensuel en salaire journalier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Materials and management, in % of the total cost (e.g. 30 %)</source>
        <translation>Matériaux et encadrement, en % du coût total (p.&#xa0;ex. 30&#xa0;%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cost of care per person covered a year, base-year prices</source>
        <translation>Coût des soins par personne couverte et par an, aux prix de l’année de base</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much faster health costs rise than consumer prices, % a year</source>
        <translation>De combien les coûts de santé augmentent plus vite que les prix à la consommation, en % par an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health workers per 1,000 people to reach (e.g. 4.45, the WHO threshold)</source>
        <translation>Personnels de santé pour 1&#x202f;000 habitants à atteindre (p.&#xa0;ex. 4,45, le seuil de l’OMS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health workers per 1,000 people today</source>
        <translation>Personnels de santé pour 1&#x202f;000 habitants aujourd’hui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A health worker&apos;s salary, as a multiple of the average wage</source>
        <translation>Salaire d’un agent de santé, en multiple du salaire moyen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other costs, as a multiple of the salary bill (e.g. 0.5)</source>
        <translation>Autres coûts, en multiple de la masse salariale (p.&#xa0;ex. 0,5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number of beneficiaries, one number or by year</source>
        <translation>Nombre de bénéficiaires, un seul nombre ou par année</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The share of the eligible who receive the benefit, in %: a ramp from a first year to a target year, or values by year</source>
        <translation>Part des personnes éligibles qui reçoivent la prestation, en %&#xa0;: une montée en charge d’une première année à une année cible, ou des valeurs par année</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The month payments start in the first year (later months only)</source>
        <translation>Mois où les versements commencent la première année (seulement à partir de ce mois)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administration costs, in % of the benefits paid (e.g. 5 %)</source>
        <translation>Frais d’administration, en % des prestations versées (p.&#xa0;ex. 5&#xa0;%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administration costs that do not grow with benefits, a year</source>
        <translation>Frais d’administration qui n’augmentent pas avec les prestations, par an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An existing scheme this one replaces (its cost is taken off packages)</source>
        <translation>Régime existant que celui-ci remplace (son coût est déduit des ensembles de prestations)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why this scenario: the recommendation and who agreed it</source>
        <translation>Pourquoi ce scénario&#xa0;: la recommandation et qui l’a approuvée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the numbers come from (a decree, a survey, a ministry letter)</source>
        <translation>D’où viennent les chiffres (décret, enquête, courrier d’un ministère)</translation>
    </message>
    <message>
        <location filename="../../gui/scenarios/form.py" line="+88"/>
        <source>The scenario&apos;s short name in files, formulas and links: letters, digits, dots, dashes, no spaces (e.g. child-benefit). Renaming updates every link.</source>
        <translation>Nom court du scénario dans les fichiers, les formules et les liens&#xa0;: lettres, chiffres, points, tirets, sans espaces (p.&#xa0;ex. child-benefit). Le renommer met à jour tous les liens.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&lt;i&gt;Choose a scenario on the left, or add one with Add... (one per kind of benefit or service).&lt;/i&gt;</source>
        <translation>&lt;i&gt;Choisissez un scénario à gauche, ou ajoutez-en un avec Ajouter… (un par type de prestation ou de service).&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>By age band</source>
        <translatorcomment>Native review: tranche d’âge is proposed (glossary: age group).</translatorcomment>
        <translation>Par tranche d’âge</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>% of an anchor</source>
        <translation>% d’une référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed amount a month</source>
        <translation>montant fixe par mois</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ramp from</source>
        <translatorcomment>Native review: montée en charge is proposed (glossary: phase-in), composed.</translatorcomment>
        <translation>montée en charge de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per year</source>
        <translation>par année</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>take-up in the first year, %</source>
        <translation>taux de recours la première année, %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in</source>
        <translation>en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first year</source>
        <translation>première année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take-up reached, %</source>
        <translation>taux de recours atteint, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by</source>
        <translation>d’ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year it is reached</source>
        <translation>année où il est atteint</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2026: 30 %; 2028: 60 %; 2030: 90 %</source>
        <translation>2026&#xa0;: 30&#xa0;%&#x202f;; 2028&#xa0;: 60&#xa0;%&#x202f;; 2030&#xa0;: 90&#xa0;%</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>of</source>
        <translatorcomment>Label between the percent and the anchor list (&apos;30 % du seuil de pauvreté&apos;); &apos;du&apos; fits all current anchors (all masculine).</translatorcomment>
        <translation>du</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{currency} a month at {year} prices, indexed to</source>
        <translatorcomment>Libellé suivi de la liste d’indexation ; « indexation : » s’accorde avec « aucune (montant fixe) ».</translatorcomment>
        <translation>{currency} par mois aux prix de {year}, indexation&#xa0;:</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Rename {old} to {new}</source>
        <translation>Renommer {old} en {new}</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>nothing</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>by age band</source>
        <translatorcomment>Native review: tranche d’âge is proposed (glossary: age group).</translatorcomment>
        <translation>par tranche d’âge</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Edit {field} of {name}</source>
        <translation>Modifier {field} ({name})</translation>
    </message>
</context>
<context>
    <name>ScenarioValues</name>
    <message>
        <location filename="../../gui/scenarios/values.py" line="+91"/>
        <source>take-up needs a value: 90 %, or 2026: 30 %; 2030: 90 %</source>
        <translation>le taux de recours doit avoir une valeur&#xa0;: 90&#xa0;%, ou 2026&#xa0;: 30&#xa0;%&#x202f;; 2030&#xa0;: 90&#xa0;%</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>band {number}</source>
        <translation>tranche {number}</translation>
    </message>
</context>
<context>
    <name>ScenariosTab</name>
    <message>
        <location filename="../../gui/scenarios/tab.py" line="+59"/>
        <source>Scenario</source>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>Scénario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The year whose cost is explained below</source>
        <translation>Année dont le coût est expliqué ci-dessous</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add...</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;How the cost is computed&lt;/b&gt;, in</source>
        <translation>&lt;b&gt;Comment le coût est calculé&lt;/b&gt;, en</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scenarios</source>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>Scénarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages</source>
        <translatorcomment>Native review: ensemble de prestations is proposed (glossary: package (of benefits)), composed; « panier de prestations » also occurs.</translatorcomment>
        <translation>Ensembles de prestations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Financing</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>existing</source>
        <translation>existant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>proposed</source>
        <translatorcomment>Native review: proposé is proposed (glossary: proposed (status)), composed.</translatorcomment>
        <translation>proposé</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a scenario to print.</source>
        <translation>Choisissez un scénario à imprimer.</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+1"/>
        <source>No results: {reason}</source>
        <translation>Pas de résultats&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>computing...</source>
        <translation>calcul en cours…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This scenario cannot be costed yet: {reason}</source>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>Ce scénario ne peut pas encore être chiffré&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computing...</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{year}&lt;/b&gt;: {cost} {currency}, &lt;b&gt;{pct}&lt;/b&gt; of GDP, {gexp} of government expenditure; {people} beneficiaries.</source>
        <translatorcomment>Native review: bénéficiaires is proposed (glossary: beneficiaries), standard, not seen on a page.</translatorcomment>
        <translation>&lt;b&gt;{year}&lt;/b&gt;&#xa0;: {cost} {currency}, &lt;b&gt;{pct}&lt;/b&gt; du PIB, {gexp} des dépenses publiques&#x202f;; {people} bénéficiaires.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New {kind}</source>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>Nouveau scénario ({kind})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add scenario</source>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>Ajouter un scénario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate scenario</source>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>Dupliquer le scénario</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete {name}</source>
        <translation>Supprimer {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario &quot;{name}&quot; deleted.</source>
        <translation>Scénario «&#xa0;{name}&#xa0;» supprimé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot delete {id}: {reason}</source>
        <translation>Impossible de supprimer {id}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>SeriesText</name>
    <message>
        <location filename="../../gui/common/series_text.py" line="+64"/>
        <source>is not valid JSON ({reason})</source>
        <translation>n’est pas du JSON valide ({reason})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>YEAR: value or AGE-AGE: value</source>
        <translation>ANNÉE&#xa0;: valeur ou ÂGE-ÂGE&#xa0;: valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YEAR: value</source>
        <translation>ANNÉE&#xa0;: valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{item}&quot; is not {shape}</source>
        <translation>&quot;{item}&quot; n’est pas de la forme {shape}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mixes years and age bands; give one or the other</source>
        <translatorcomment>Native review: tranche d’âge is proposed (glossary: age group), standard, not seen verbatim (glossary also gives « groupe d’âge »).</translatorcomment>
        <translation>mélange des années et des tranches d’âge&#x202f;; donnez l’un ou l’autre</translation>
    </message>
</context>
<context>
    <name>TiersEditor</name>
    <message>
        <location filename="../../gui/scenarios/tiers.py" line="+41"/>
        <source>Pays a different amount by age band</source>
        <translation>Verse un montant différent par tranche d’âge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tiers: a different amount for each age band (e.g. 600 at 60-69, 700 at 70-79)</source>
        <translation>Paliers&#xa0;: un montant différent par tranche d’âge (p.&#xa0;ex. 600 à 60-69 ans, 700 à 70-79 ans)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Split the last band</source>
        <translation>Scinder la dernière tranche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join the last two bands</source>
        <translation>Réunir les deux dernières tranches</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>% of the anchor</source>
        <translation>% de la référence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>amount a month</source>
        <translation>montant mensuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from age</source>
        <translation>de l’âge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to age</source>
        <translation>à l’âge</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Pay by age band</source>
        <translation>Verser par tranche d’âge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pay one amount</source>
        <translation>Verser un seul montant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit benefit tiers</source>
        <translation>Modifier les paliers de prestation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the last band is a single age: it cannot be split</source>
        <translation>la dernière tranche ne compte qu’un âge : elle ne peut pas être scindée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a benefit band</source>
        <translation>Ajouter une tranche de prestation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove a benefit band</source>
        <translation>Retirer une tranche de prestation</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Benefit tiers: {message}</source>
        <translation>Paliers de prestation : {message}</translation>
    </message>
</context>
<context>
    <name>UncertaintyCharts</name>
    <message>
        <location filename="../../gui/results/uncertainty_charts.py" line="+76"/>
        <source>Central: {value}. Blue: the assumption at its low value; orange: at its high value.</source>
        <translation>Valeur centrale&#xa0;: {value}. Bleu&#xa0;: l’hypothèse à sa valeur basse&#x202f;; orange&#xa0;: à sa valeur haute.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>median of the draws</source>
        <translation>médiane des tirages</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>central</source>
        <translation>valeur centrale</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In {year}: 90 % of the draws between {p5} and {p95}; half between {p25} and {p75}.</source>
        <translation>En {year}&#xa0;: 90&#xa0;% des tirages entre {p5} et {p95}&#x202f;; la moitié entre {p25} et {p75}.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../gui/history/versions.py" line="+46"/>
        <source>Versions of {name}</source>
        <translation>Versions de {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save a version...</source>
        <translation>Enregistrer une version…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with now</source>
        <translation>Comparer avec maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as JSON...</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the report...</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No version saved yet: save one to name the project as it is now.</source>
        <translation>Aucune version enregistrée : enregistrez-en une pour nommer le projet tel qu’il est maintenant.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+31"/>
        <source>Select a version first.</source>
        <translation>Sélectionnez d’abord une version.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Save a version</source>
        <translation>Enregistrer une version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the project as it is now (e.g. &quot;Validated at the national workshop&quot;)</source>
        <translation>Nommez le projet tel qu’il est maintenant (par ex. « Validé à l’atelier national »)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Version {number} &quot;{name}&quot; saved.</source>
        <translation>Version {number} « {name} » enregistrée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the version as JSON</source>
        <translation>Exporter la version en JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project exchange file (*.json)</source>
        <translation>Fichier d’échange du projet (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Version &quot;{name}&quot; exported to {path}</source>
        <translation>Version « {name} » exportée vers {path}</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../../engine/outputs/workbook/book.py" line="+166"/>
        <location filename="../../engine/outputs/workbook/financing.py" line="+103"/>
        <source>Source: {name}</source>
        <translation>Source : {name}</translation>
    </message>
    <message>
        <location line="+42"/>
        <location filename="../../engine/outputs/workbook/financing.py" line="-9"/>
        <source>id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../engine/outputs/workbook/financing.py" line="+0"/>
        <source>measure</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>not costed: see its sheet</source>
        <translation>non chiffré&#xa0;: voir sa feuille</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ABND Studio {version} on {date}</source>
        <translation>ABND Studio {version}, le {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILO Rapid Assessment Protocol, as in ABND Studio&apos;s docs/method.md</source>
        <translation>protocole d’évaluation rapide (RAP) de l’OIT, tel que décrit dans docs/method.md d’ABND Studio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made by</source>
        <translation>Produit par</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source notes</source>
        <translation>Notes sur les sources</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engine warnings</source>
        <translation>Avertissements du moteur de calcul</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sensitivity and uncertainty, % of GDP (values from ABND Studio)</source>
        <translation>Sensibilité et incertitude, % du PIB (valeurs calculées par ABND Studio)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>financing gap (cost minus financing)</source>
        <translation>déficit de financement (coût moins financement)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: each assumption alone, {year}</source>
        <translation>{name}&#xa0;: chaque hypothèse seule, {year}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>assumption</source>
        <translation>hypothèse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low shift</source>
        <translation>variation basse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high shift</source>
        <translation>variation haute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>valeur basse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>valeur haute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>swing</source>
        <translation>écart</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>central</source>
        <translation>valeur centrale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: percentiles of {draws} draws ({ranges})</source>
        <translation>{name}&#xa0;: centiles de {draws} tirages ({ranges})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>percentile</source>
        <translation>centile</translation>
    </message>
    <message>
        <location filename="../../engine/outputs/workbook/financing.py" line="+2"/>
        <source>Financing sources and the packages they finance (% of GDP and nominal LCU); with fiscal years, each figure is in the column of the year its fiscal year ends</source>
        <translation>Sources de financement et ensembles de prestations qu’elles financent (% du PIB et monnaie locale courante) ; avec des exercices budgétaires, chaque chiffre est dans la colonne de l’année où finit son exercice</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feasibility</source>
        <translation>faisabilité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not computed</source>
        <translation>non calculé</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>wage, % of the {anchor}</source>
        <translation>salaire, % du {anchor}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contribution rate</source>
        <translation>taux de cotisation</translation>
    </message>
    <message>
        <location filename="../../engine/outputs/workbook/book.py" line="-151"/>
        <location filename="../../engine/outputs/workbook/financing.py" line="+50"/>
        <source>Package: {name}</source>
        <translation>Ensemble de prestations : {name}</translation>
    </message>
    <message>
        <location filename="../../engine/outputs/workbook/financing.py" line="+37"/>
        <source>the first year from which the sources cover the cost every year</source>
        <translation>première année à partir de laquelle les sources couvrent le coût chaque année</translation>
    </message>
    <message>
        <location filename="../../engine/outputs/workbook/cells.py" line="+78"/>
        <source>{rate}, ages {first}-{last}</source>
        <translation>{rate}, {first}-{last} ans</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>multiplier m, ages {first}-{last}</source>
        <translation>multiplicateur m, {first}-{last} ans</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>unemployed, ages {first}-{last}</source>
        <translation>chômeurs, {first}-{last} ans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>informal employed, ages {first}-{last}</source>
        <translation>actifs occupés informels, {first}-{last} ans</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>population, ages {first}-{last}</source>
        <translation>population, {first}-{last} ans</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+46"/>
        <source>eligible, ages {first}-{last}</source>
        <translation>personnes éligibles, {first}-{last} ans</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>eligible N</source>
        <translation>personnes éligibles N</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>eligible, women aged {age}</source>
        <translation>éligibles, femmes de {age} ans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eligible, men aged {age}</source>
        <translation>éligibles, hommes de {age} ans</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>eligible N (given)</source>
        <translation>personnes éligibles N (données du projet)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>health workers per 1,000, target</source>
        <translation>personnels de santé pour 1 000, cible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>health workers per 1,000, today</source>
        <translation>personnels de santé pour 1 000, aujourd’hui</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>population served</source>
        <translation>population desservie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>additional health workers N</source>
        <translation>personnels de santé supplémentaires N</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>eligible N = births x m x share of the year paid</source>
        <translation>personnes éligibles N = naissances x m x part de l’année versée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>eligible N = births x m</source>
        <translation>personnes éligibles N = naissances x m</translation>
    </message>
    <message>
        <location filename="../../engine/outputs/workbook/inputs.py" line="+116"/>
        <location line="+213"/>
        <source>sex</source>
        <translation>sexe</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>age</source>
        <translation>âge</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+213"/>
        <source>female</source>
        <translation>femmes</translation>
    </message>
    <message>
        <location line="-213"/>
        <location line="+213"/>
        <source>male</source>
        <translation>hommes</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>births</source>
        <translation>naissances</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>persons</source>
        <translation>personnes</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+139"/>
        <location filename="../../engine/outputs/workbook/scenarios.py" line="+64"/>
        <source>item</source>
        <translation>poste</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>base year / unit</source>
        <translation>année de base / unité</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>growth</source>
        <translation>croissance</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../engine/outputs/workbook/words.py" line="+70"/>
        <source>real GDP growth</source>
        <translation>croissance du PIB réel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GDP deflator growth</source>
        <translation>croissance du déflateur du PIB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>consumer price inflation</source>
        <translation>inflation des prix à la consommation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>real wage growth</source>
        <translation>croissance du salaire réel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>nominal GDP</source>
        <translation>PIB nominal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>index</source>
        <translation>indice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GDP deflator (base year = 1)</source>
        <translation>déflateur du PIB (année de base = 1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>consumer price index (base year = 1)</source>
        <translation>indice des prix à la consommation (année de base = 1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wage index (base year = 1)</source>
        <translation>indice des salaires (année de base = 1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>total population</source>
        <translation>population totale</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../engine/outputs/workbook/words.py" line="-57"/>
        <location line="+11"/>
        <source>GDP per person</source>
        <translation>PIB par habitant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{anchor} (monthly): not given</source>
        <translation>{anchor} (mensuel)&#xa0;: donnée manquante</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{anchor} (monthly, base year in B)</source>
        <translation>{anchor} (mensuel, année de base en B)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GDP per person, monthly</source>
        <translation>PIB par habitant, mensuel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fiscal year starts in month (B); fiscal years are named by their end year</source>
        <translation>l’exercice budgétaire commence au mois (B)&#x202f;; chaque exercice est désigné par l’année où il se termine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nominal GDP, fiscal year ending in the year</source>
        <translation>PIB nominal, exercice se terminant dans l’année</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>government expenditure</source>
        <translation>dépenses publiques</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>government revenue</source>
        <translation>recettes publiques</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{item} (% of GDP): not given</source>
        <translation>{item} (% du PIB)&#xa0;: donnée manquante</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{item}, share of GDP</source>
        <translation>{item}, part du PIB</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>share</source>
        <translation>part</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>{item}, fiscal year</source>
        <translation>{item}, exercice budgétaire</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>age: participation rate</source>
        <translation>âge&#xa0;: taux d’activité</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unemployment rate</source>
        <translation>taux de chômage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>informal share of the employed</source>
        <translation>part de l’emploi informel</translation>
    </message>
    <message>
        <location filename="../../engine/outputs/workbook/scenarios.py" line="+0"/>
        <source>parameter</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({kind}, {status})</source>
        <translation>{name} ({kind}, {status})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not costed: {reason}</source>
        <translation>Non chiffré&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>administration rate alpha</source>
        <translation>taux des frais d’administration alpha</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fixed administration F</source>
        <translation>frais d’administration fixes F</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>benefit outlay BC = TU x N x A</source>
        <translation>dépenses de prestations BC = TU x N x A</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>administration AC = alpha x BC + F</source>
        <translation>frais d’administration AC = alpha x BC + F</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>total cost C = BC + AC</source>
        <translation>coût total C = BC + AC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C at base-year prices</source>
        <translation>C aux prix de l’année de base</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>beneficiaries TU x N</source>
        <translation>bénéficiaires TU x N</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>% of GDP</source>
        <translation>% du PIB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>% of government expenditure</source>
        <translation>% des dépenses publiques</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>first year</source>
        <translation>première année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts paying in month</source>
        <translation>commence à verser au mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of the year paid</source>
        <translation>part de l’année versée</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>share of the year&apos;s flows in the fiscal year ending in it</source>
        <translation>part des flux de l’année dans l’exercice qui s’y termine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>total cost C, fiscal year ending in the year</source>
        <translation>coût total C, exercice se terminant dans l’année</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>% of GDP, fiscal year</source>
        <translation>% du PIB, exercice budgétaire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>% of government expenditure, fiscal year</source>
        <translation>% des dépenses publiques, exercice budgétaire</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>take-up TU (per year)</source>
        <translation>taux de recours TU (par année)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take-up at start</source>
        <translation>taux de recours au départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take-up target</source>
        <translation>taux de recours visé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ramp start year</source>
        <translation>année de début de la montée en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ramp target year</source>
        <translation>année cible de la montée en charge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>take-up TU (ramp)</source>
        <translation>taux de recours TU (montée en charge)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>days of work a year</source>
        <translation>jours de travail par an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>daily wage, % of the minimum wage</source>
        <translation>salaire journalier, % du salaire minimum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>working days a month</source>
        <translation>jours ouvrables par mois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>non-wage share</source>
        <translation>part hors salaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>annual pay A</source>
        <translation>rémunération annuelle A</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cost per person a year (base year)</source>
        <translation>coût par personne et par an (année de base)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>health inflation above CPI</source>
        <translation>inflation des coûts de santé au-delà de l’IPC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>annual cost per person A</source>
        <translation>coût annuel par personne A</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>salary, x the average wage</source>
        <translation>salaire, en multiple du salaire moyen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>non-staff costs, x salaries</source>
        <translation>coûts hors personnel, en multiple des salaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>annual cost per worker A</source>
        <translation>coût annuel par agent A</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>months paid a year</source>
        <translation>mois versés par an</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>months paid in the year</source>
        <translation>mois versés dans l’année</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>annual benefit A = b x months</source>
        <translation>prestation annuelle A = b x mois</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>benefit, % of the {anchor}</source>
        <translation>prestation, % du {anchor}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <source>monthly benefit b</source>
        <translation>prestation mensuelle b</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>monthly benefit, base year</source>
        <translation>prestation mensuelle, année de base</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(indexed: {indexation})</source>
        <translation>(indexation&#xa0;: {indexation})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>, ages {first}-{last}</source>
        <translation>, {first}-{last} ans</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>monthly benefit b, average over the eligible persons</source>
        <translation>prestation mensuelle b, moyenne sur les personnes éligibles</translation>
    </message>
    <message>
        <location filename="../../engine/outputs/workbook/words.py" line="-14"/>
        <source>poverty line</source>
        <translation>seuil de pauvreté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minimum wage</source>
        <translation>salaire minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>average wage</source>
        <translation>salaire moyen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>share targeted</source>
        <translation>part ciblée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prevalence</source>
        <translation>prévalence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share already covered</source>
        <translation>part déjà couverte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not indexed</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prices</source>
        <translation>prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wages</source>
        <translation>salaires</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cash benefit by age</source>
        <translation>prestation en espèces selon l’âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disability benefit</source>
        <translation>allocation pour personnes handicapées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maternity benefit</source>
        <translation>prestation de maternité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unemployment benefit</source>
        <translation>allocation de chômage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public works</source>
        <translation>programme de travaux publics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contribution subsidy</source>
        <translation>subvention des cotisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health: cost per person</source>
        <translation>santé&#xa0;: coût par personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health: staffing</source>
        <translation>santé&#xa0;: personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>custom beneficiaries</source>
        <translation>bénéficiaires définis par l’utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>existing</source>
        <translation>existant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discussed</source>
        <translation>discuté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validated</source>
        <translation>validé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>endorsed</source>
        <translation>adopté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>health care</source>
        <translation>soins de santé essentiels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>children</source>
        <translation>enfants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working age</source>
        <translation>personnes en âge de travailler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>older persons</source>
        <translation>personnes âgées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>guarantee</source>
        <translation>garantie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>existing provision</source>
        <translation>dispositions existantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>policy gap</source>
        <translation>lacunes dans les politiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>implementation issue</source>
        <translation>questions de mise en œuvre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recommendation</source>
        <translation>recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>costable</source>
        <translation>chiffrable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scenarios</source>
        <translation>scénarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agencies</source>
        <translation>organismes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status date</source>
        <translation>date du statut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>inflation (CPI and GDP deflator)</source>
        <translation>inflation (IPC et déflateur du PIB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take-up</source>
        <translation>taux de recours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>benefit level</source>
        <translation>montant de la prestation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administration rate</source>
        <translation>taux d’administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>population (WPP 2024 bounds)</source>
        <translation>population (bornes WPP 2024)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the project&apos;s ranges</source>
        <translation>les plages du projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default ranges</source>
        <translation>plages par défaut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re-allocating public expenditure</source>
        <translation>Réaffectation des dépenses publiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Increasing tax revenue</source>
        <translation>Hausse des recettes fiscales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social security coverage and contributions</source>
        <translation>Extension de la sécurité sociale et cotisations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aid and transfers</source>
        <translation>Aide et transferts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eliminating illicit financial flows</source>
        <translation>Élimination des flux financiers illicites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal and foreign exchange reserves</source>
        <translation>Réserves budgétaires et de change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borrowing or restructuring debt</source>
        <translation>Emprunt ou restructuration de la dette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A more accommodating macroeconomic framework</source>
        <translation>Cadre macroéconomique plus accommodant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../gui/workshop/view.py" line="+59"/>
        <source>{percent} of the poverty line = {amount} {currency} a month in {year}</source>
        <translation>{percent} du seuil de pauvreté = {amount} {currency} par mois en {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{percent} of the minimum wage = {amount} {currency} a month in {year}</source>
        <translation>{percent} du salaire minimum = {amount} {currency} par mois en {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{percent} of the average wage = {amount} {currency} a month in {year}</source>
        <translation>{percent} du salaire moyen = {amount} {currency} par mois en {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{percent} of GDP per person = {amount} {currency} a month in {year}</source>
        <translation>{percent} du PIB par habitant = {amount} {currency} par mois en {year}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>benefit</source>
        <translation>prestation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take-up reached</source>
        <translation>taux de recours atteint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administration</source>
        <translatorcomment>Native review: frais d’administration is proposed (glossary: administrative cost), composed; « coûts administratifs » is the alternative.</translatorcomment>
        <translation>frais d’administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost per person</source>
        <translation>coût par personne</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+217"/>
        <source>{name}: {lever}</source>
        <translation>{name}&#xa0;: {lever}</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <location line="-135"/>
        <source>ABND Studio — workshop</source>
        <translatorcomment>Native review: atelier is proposed (glossary: workshop), standard, not seen on a page.</translatorcomment>
        <translation>ABND Studio — atelier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ABND Studio — what if</source>
        <translation>ABND Studio — et si</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The chart: the cost by scheme, or the financing sources</source>
        <translation>Graphique&#xa0;: le coût par régime, ou les sources de financement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost by scheme</source>
        <translation>Coût par régime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financing</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pin an assumption...</source>
        <translation>Épingler une hypothèse…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave workshop mode (Esc)</source>
        <translatorcomment>Native review: atelier is proposed (glossary: workshop), standard, not seen on a page.</translatorcomment>
        <translation>Quitter le mode atelier (Esc)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What if: nothing here changes the project until you keep it.</source>
        <translation>Et si&#xa0;: rien ici ne modifie le projet tant que vous ne le gardez pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Package:</source>
        <translatorcomment>Native review: ensemble de prestations is proposed (glossary: package (of benefits)), composed; « panier de prestations » also occurs.</translatorcomment>
        <translation>Ensemble de prestations&#xa0;:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&lt;b&gt;In the package&lt;/b&gt;</source>
        <translatorcomment>Native review: ensemble de prestations is proposed (glossary: package (of benefits)), composed; « panier de prestations » also occurs.</translatorcomment>
        <translation>&lt;b&gt;Dans l’ensemble de prestations&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Financed by&lt;/b&gt;</source>
        <translation>&lt;b&gt;Financé par&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Assumptions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hypothèses&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{amount} {currency} a month</source>
        <translation>{amount} {currency} par mois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} {currency} a year</source>
        <translation>{amount} {currency} par an</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{percent} of the anchor</source>
        <translation>{percent} de la référence</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Toggle {name}</source>
        <translation>Activer ou désactiver {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Toggle {id}</source>
        <translation>Inclure ou retirer {id}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No package yet</source>
        <translation>Aucun ensemble de prestations pour l’instant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a package in Scenarios &gt; Packages (a set of scenarios costed together), then come back to workshop mode.</source>
        <translation>Créez un ensemble de prestations dans Scénarios &gt; Ensembles de prestations (un groupe de scénarios chiffrés ensemble), puis revenez au mode atelier.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+24"/>
        <source>Workshop changes</source>
        <translation>Modifications de l’atelier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave the what-if</source>
        <translation>Quitter l’essai «&#xa0;et si&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the changes made here in the project?</source>
        <translation>Garder dans le projet les modifications faites ici&#x202f;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep: they become one edit of the project, which Undo takes back. Discard: the project stays exactly as it was saved.</source>
        <translation>Garder&#xa0;: elles deviennent une seule modification du projet, qu’Annuler peut défaire. Abandonner&#xa0;: le projet reste exactement tel qu’il a été enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep these changes</source>
        <translation>Garder ces modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Set {lever} of {name}</source>
        <translation>Régler {lever} ({name})</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+14"/>
        <source>% of GDP</source>
        <translation>% du PIB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: cost in % of GDP</source>
        <translation>{name}&#xa0;: coût en % du PIB</translation>
    </message>
</context>
<context>
    <name>YearPicker</name>
    <message>
        <location filename="../../gui/common/years.py" line="+19"/>
        <source>FY </source>
        <translation>Ex. </translation>
    </message>
</context>
</TS>
