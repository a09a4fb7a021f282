<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Charts</name>
    <message>
        <location filename="../../gui/common/charts.py" line="+140"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Fiscal space</source>
        <translation>Espace budgétaire</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>&lt;b&gt;total&lt;/b&gt;: {value}</source>
        <translation>&lt;b&gt;total&lt;/b&gt;&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>fiscal space: {value}</source>
        <translation>espace budgétaire&#xa0;: {value}</translation>
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
        <location line="+25"/>
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
            <numerusform>%n hypothèse(s) diffèrent</numerusform>
            <numerusform>%n hypothèse(s) diffèrent</numerusform>
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
            <numerusform>%n cellule(s) diffèrent</numerusform>
            <numerusform>%n cellule(s) diffèrent</numerusform>
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
        <location filename="../../gui/matrix/consultation.py" line="+49"/>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agency&apos;s comment on this recommendation</source>
        <translation>Le commentaire de l’organisme sur cette recommandation</translation>
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
        <location line="+29"/>
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
            <numerusform>%n commentaire(s)</numerusform>
            <numerusform>%n commentaire(s)</numerusform>
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
        <location filename="../../gui/country/models.py" line="+97"/>
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
        <location filename="../../gui/country/tab.py" line="+45"/>
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
        <location line="+13"/>
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
        <location line="+23"/>
        <source>Year:</source>
        <translation>Année&#xa0;:</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <location line="+20"/>
        <source>Input</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source note</source>
        <translation>Note sur la source</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No problem found in the country data.</source>
        <translation>Aucun problème trouvé dans les données du pays.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No labour data in this project.</source>
        <translation>Ce projet ne contient pas de données sur le marché du travail.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Edit {item}</source>
        <translation>Modifier {item}</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location filename="../../gui/shell/dialogs.py" line="+56"/>
        <source>New project from country data</source>
        <translation>Nouveau projet à partir des données d’un pays</translation>
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
        <location line="+17"/>
        <source>Save the new project as</source>
        <translation>Enregistrer le nouveau projet sous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ABND project (*.abnd)</source>
        <translation>Projet ABND (*.abnd)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>already exists; choose another name</source>
        <translation>existe déjà&#x202f;; choisissez un autre nom</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the project</source>
        <translation>Impossible de créer le projet</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+14"/>
        <source>Import {file}</source>
        <translation>Importer {file}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed:</source>
        <translation>Ce qui a changé&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ABND report (*.pdf)</source>
        <translation>Rapport ABND (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ABND report, editable (*.odt)</source>
        <translation>Rapport ABND, modifiable (*.odt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ABND report with the consultation&apos;s comments (*.pdf)</source>
        <translation>Rapport ABND avec les commentaires de la consultation (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+12"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+27"/>
        <source>Cannot export</source>
        <translation>Impossible d’exporter</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+27"/>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting to {path}...</source>
        <translation>Exportation vers {path}…</translation>
    </message>
    <message>
        <location line="+51"/>
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
        <location filename="../../engine/analysis/uncertainty.py" line="+129"/>
        <source>&quot;{key}&quot; is not a costed scenario of this project</source>
        <comment>uncertainty.key_costed_scenario_project</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;{key}&quot; is not a costed package of this project</source>
        <comment>uncertainty.key_costed_package_project</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+146"/>
        <source>{year} is outside the projection years {first}-{last}</source>
        <comment>uncertainty.year_outside_projection_years</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&quot;{assumption}&quot; is not one of {assumptions}</source>
        <comment>uncertainty.assumption_one_assumptions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>low {low:g} is above high {high:g}</source>
        <comment>uncertainty.low_low_g_above</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>must be at least 1</source>
        <comment>uncertainty.must_least</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/cli/analysis.py" line="+105"/>
        <source>&quot;{name}&quot;: use a .csv or .json file name</source>
        <comment>analysis.name_use_csv_json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{row}: {name} is not a finite number; nothing was written</source>
        <comment>analysis.row_name_finite_number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/cli/commands.py" line="+42"/>
        <source>already exists; choose another name</source>
        <comment>commands.already_exists_choose_another</comment>
        <translation>existe déjà ; choisissez un autre nom</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the workbook is an .xlsx file; name it ....xlsx</source>
        <comment>commands.workbook_xlsx</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the template is an .xlsx workbook; name it ....xlsx</source>
        <comment>commands.template_xlsx</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/countries/bundled.py" line="+69"/>
        <source>no bundled data for &quot;{iso3}&quot;; bundled: {known}</source>
        <comment>bundled.no_bundled_data_iso</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is not {format}</source>
        <comment>bundled.format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>gives no value for {year}</source>
        <comment>bundled.gives_no_value_year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{base} is before the first bundled GDP year, {gdp}</source>
        <comment>bundled.base_before_first_bundled</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/domain/ages.py" line="+22"/>
        <source>&quot;{raw}&quot; is not an age group such as &quot;0-4&quot; or &quot;100+&quot;</source>
        <comment>ages.raw_age_group_such</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;{raw}&quot;: ages must be between 0 and 100</source>
        <comment>ages.raw_ages_must_between</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;{raw}&quot;: the age group is reversed</source>
        <comment>ages.raw_age_group_reversed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/edits/apply.py" line="+99"/>
        <source>has no entry &quot;{key}&quot;</source>
        <comment>apply.has_no_entry_key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;{kind}&quot; is not something a project holds</source>
        <comment>apply.kind_something_project_holds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+47"/>
        <source>position {position} is outside 0-{count}</source>
        <comment>apply.position_position_outside_count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>its key is &quot;{key_of}&quot;, not &quot;{key}&quot;</source>
        <comment>apply.its_key_key_key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+67"/>
        <source>is required and cannot be removed</source>
        <comment>apply.required_cannot_removed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>is not a project field (one of {fields})</source>
        <comment>apply.project_field_one_fields</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>is empty; give at least one population row</source>
        <comment>apply.empty_give_least_one</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>repeats row {seen} ({key})</source>
        <comment>apply.repeats_row_seen_key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/format/json_file.py" line="+47"/>
        <source>does not exist or is not a file</source>
        <comment>json_file.does_exist_file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file is {size:.0f} MB; the limit is 200 MB</source>
        <comment>json_file.file_size_f_mb</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot be read ({reason})</source>
        <comment>json_file.cannot_read_value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is not UTF-8 text (byte 0x{raw:02x} at position {start})</source>
        <comment>json_file.utf_text_byte_x</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is empty</source>
        <comment>json_file.empty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/format/read.py" line="+70"/>
        <source>expected &quot;{format}&quot;: this is not an ABND Studio project</source>
        <comment>read.expected_format_abnd_studio</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected {map}, found {describe}</source>
        <comment>read.expected_map_found_describe</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>is missing; a projection over more than one year ({base}-{end}) needs it</source>
        <comment>read.missing_projection_over_more</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>is new in format version 2; this file says format_version 1</source>
        <comment>read.new_format_version_file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>is new in format version 3; this file says format_version {version}</source>
        <comment>read.new_format_version_3</comment>
        <translation>est nouveau dans la version 3 du format ; ce fichier indique format_version {version}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;{replaces}&quot; is not the id of any scenario</source>
        <comment>read.replaces_id_any_scenario</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;{replaces}&quot; is not an existing scheme</source>
        <comment>read.replaces_existing_scheme</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;{member}&quot; is not the id of any scenario</source>
        <comment>read.member_id_any_scenario</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;{linked}&quot; is not the id of any scenario</source>
        <comment>read.linked_id_any_scenario</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;{other}&quot; is not the id of any scenario</source>
        <comment>read.other_id_any_scenario</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a scenario cannot be covered by itself</source>
        <comment>read.scenario_cannot_covered_itself</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&quot;{item}&quot; is used twice; ids must be unique</source>
        <comment>read.item_used_twice_ids</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;{iso3}&quot; is not a three-letter ISO code such as &quot;LAO&quot;</source>
        <comment>read.iso_three_letter_iso</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{end} is before the base year {base}</source>
        <comment>read.end_before_base_year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a horizon of {end} years is over the limit of 100</source>
        <comment>read.horizon_end_years_over</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>is empty; give at least one population row</source>
        <comment>read.empty_give_least_one</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&quot;{group}&quot; is not a 5-year group (0-4, 5-9, ..., 95-99) or &quot;100+&quot;</source>
        <comment>read.group_year_group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>give exactly one of &quot;age&quot; or &quot;age_group&quot;</source>
        <comment>read.give_exactly_one_age</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>expected values per year such as {{&quot;2026&quot;: 1.2e12}}</source>
        <comment>read.expected_values_per_year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&quot;{member}&quot; is listed twice</source>
        <comment>read.member_listed_twice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>repeats the comment id &quot;{id}&quot;</source>
        <comment>read.repeats_comment_id</comment>
        <translation>répète l’identifiant de commentaire « {id} »</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>low {low:g} is above high {high:g}</source>
        <comment>read.low_low_g_above</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>gives &quot;{name}&quot; more than once</source>
        <comment>read.gives_name_more_than</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/format/read_scenario.py" line="+36"/>
        <source>is missing (this field is required)</source>
        <comment>read_scenario.missing_field_required</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>is not used by scenarios of kind &apos;{kind}&apos;</source>
        <comment>read_scenario.used_scenarios_kind_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>names no scenario; leave it out instead</source>
        <comment>read_scenario.names_no_scenario_leave</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;{item}&quot; is listed twice</source>
        <comment>read_scenario.item_listed_twice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>gives no age band</source>
        <comment>read_scenario.gives_no_age_band</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>ages {low}-{high} overlap ages {other_low}-{other_high}</source>
        <comment>read_scenario.ages_ages_ages_overlap</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>is missing: give &quot;fixed&quot; or &quot;anchor&quot;</source>
        <comment>read_scenario.missing_give_fixed_anchor</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>needs the scenario&apos;s ages, which a {value} kind has not</source>
        <comment>read_scenario.needs_scenario_s_ages</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>gives no tier; give at least one age band</source>
        <comment>read_scenario.gives_no_tier_give</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{band} {reason}</source>
        <comment>read_scenario.band_reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{band} leave a gap: no tier pays {gap}</source>
        <comment>read_scenario.band_leave_gap_no</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{band} go past the scenario&apos;s {scenario_ages}</source>
        <comment>read_scenario.band_go_past_scenario</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} leave a gap: no tier pays {gap}</source>
        <comment>read_scenario.value_leave_gap_no</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{target_year} is before the start year {start_year}</source>
        <comment>read_scenario.target_year_before_start</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/format/strict_json.py" line="+39"/>
        <source>is not valid JSON: {msg} at line {lineno} column {colno}</source>
        <comment>strict_json.valid_json_msg_line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not valid JSON: nested more than {depth} deep</source>
        <comment>strict_json.valid_json_nested_more</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{name} is not a number JSON allows; write a finite number</source>
        <comment>strict_json.name_number_json_allows</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the key &quot;{key}&quot; appears twice in the same object</source>
        <comment>strict_json.key_key_appears_twice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/format/validate.py" line="+41"/>
        <source>expected an object {{...}}, found {value}</source>
        <comment>validate.expected_object_found_value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a list [...], found {value}</source>
        <comment>validate.expected_list_found_value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown field{suggestion}</source>
        <comment>validate.unknown_field_suggestion</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is missing (this field is required)</source>
        <comment>validate.missing_field_required</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>expected text, found {value}</source>
        <comment>validate.expected_text_found_value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must not be empty</source>
        <comment>validate.must_empty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>text is {count:,} characters long; the limit is {max_length:,}</source>
        <comment>validate.text_count_characters_long</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{value} is not one of {options}{suggestion}</source>
        <comment>validate.value_one_options_suggestion</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected true or false, found {value}</source>
        <comment>validate.expected_true_false_found</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>expected a number, found {value}</source>
        <comment>validate.expected_number_found_value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{shown} is not a finite number</source>
        <comment>validate.shown_finite_number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value:g} must be above 0</source>
        <comment>validate.value_g_must_above</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value:g} is not a whole number</source>
        <comment>validate.value_g_whole_number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value:g} is above 1 ({percent_hint})</source>
        <comment>validate.value_g_above_percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value:g} is below the minimum {minimum:g}</source>
        <comment>validate.value_g_below_minimum</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{value:g} is above the maximum {maximum:g}</source>
        <comment>validate.value_g_above_maximum</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;{key}&quot; is not a year (expected keys such as &quot;2025&quot;)</source>
        <comment>validate.key_year_expected_keys</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>gives no year; give a number or at least one year</source>
        <comment>validate.gives_no_year_give</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>expected two ages [from, to], found {count} values</source>
        <comment>validate.expected_two_ages_from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the age band is reversed: {low} is above {high}</source>
        <comment>validate.age_band_reversed_low</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&quot;{value}&quot; is not a date written YYYY-MM-DD (e.g. 2025-05-03)</source>
        <comment>validate.not_iso_date</comment>
        <translation>« {value} » n’est pas une date écrite AAAA-MM-JJ (par ex. 2025-05-03)</translation>
    </message>
    <message>
        <location filename="../../engine/importing/csv_stream.py" line="+40"/>
        <source>is not valid CSV ({error})</source>
        <comment>csv_stream.valid_csv_error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/importing/layouts.py" line="+78"/>
        <source>&quot;{strip}&quot; is not a number</source>
        <comment>layouts.strip_number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>is empty</source>
        <comment>layouts.empty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>has no column &quot;{name}&quot; ({what} needs {names})</source>
        <comment>layouts.has_no_column_name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>repeats {label} already given in row {seen}</source>
        <comment>layouts.repeats_label_already_given</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;{raw}&quot;: the only open age group is &quot;100+&quot; (100 and over)</source>
        <comment>layouts.raw_only_open_age</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>has a WPP header but no data rows</source>
        <comment>layouts.has_wpp_header_but</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>has a WPP header but no births</source>
        <comment>layouts.has_wpp_header_but_2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no row is for {iso3}, the project&apos;s country</source>
        <comment>layouts.no_row_iso_project</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>needs a value column headed &quot;persons&quot; or &quot;thousands&quot;</source>
        <comment>layouts.needs_value_column_headed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>is not a known column (expected {names})</source>
        <comment>layouts.known_column_expected_names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/importing/read.py" line="+30"/>
        <source>holds no data to import (every sheet is empty)</source>
        <comment>read.holds_no_data_import</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>does not exist or is not a file</source>
        <comment>read.does_exist_file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is {size:,.0f} MB; the limit is {limit} MB</source>
        <comment>read.size_f_mb_limit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+39"/>
        <source>is empty</source>
        <comment>read.empty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>is neither a .csv file nor an .xlsx workbook</source>
        <comment>read.neither_csv_file_nor</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/importing/tables.py" line="+107"/>
        <source>holds a value under no heading</source>
        <comment>tables.holds_value_under_no</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the header cell is empty; every column needs a heading</source>
        <comment>tables.header_cell_empty_every</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the heading &quot;{heading}&quot; appears twice</source>
        <comment>tables.heading_heading_appears_twice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>holds {count:,} characters; the limit for a cell is {limit:,}</source>
        <comment>tables.holds_count_characters_limit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/importing/workbook_read.py" line="+59"/>
        <source>cannot be read safely: this installation lacks defusedxml</source>
        <comment>workbook_read.cannot_read_safely_installation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>is not a readable .xlsx workbook ({said})</source>
        <comment>workbook_read.readable_xlsx_workbook_said</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>holds {count:,} files; a workbook holds a few dozen</source>
        <comment>workbook_read.holds_count_files_workbook</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>has more than {row_limit:,} rows; the limit is {row_limit:,}</source>
        <comment>workbook_read.has_more_than_max</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/method/compute.py" line="+148"/>
        <source>cannot be summed: scenario &quot;{blocked}&quot; has no results</source>
        <comment>compute.cannot_summed_scenario_blocked</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>cannot remove the beneficiaries of &quot;{other}&quot;: {reason}</source>
        <comment>compute.cannot_remove_beneficiaries_other</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+174"/>
        <source>not given, so the column &apos;{column}&apos; is left empty</source>
        <comment>compute.missing_budget</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/method/context.py" line="+61"/>
        <source>the population has no data for ages {ages} in {years} (the band is {low}-{high})</source>
        <comment>context.population_missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <source>births are not given, so they are taken as the population aged 0</source>
        <comment>context.births_aged_0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>births are not given, so they are estimated as the mean of the population aged 0 in the year and in the next (children aged 0 on 1 July were born in the 12 months before); infants who died before that age are not added back, so births are understated by about the infant mortality rate</source>
        <comment>context.births_centred</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>births are not given, so they are estimated as the mean of the population aged 0 in the year and in the next (children aged 0 on 1 July were born in the 12 months before; in {last}, the last year of the population data, the population aged 0); infants who died before that age are not added back, so births are understated by about the infant mortality rate</source>
        <comment>context.births_centred_last</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/method/demography.py" line="+112"/>
        <source>duplicates population.rows[{sources}] (same year {year}, sex and age)</source>
        <comment>demography.duplicates_population_rows_sources</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>age {clash} in {year} is given both by sex and for both sexes; keep one</source>
        <comment>demography.age_clash_year_given</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/method/economy.py" line="+50"/>
        <source>needs {name}, which is not available</source>
        <comment>economy.not_available</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>is missing; a projection over more than one year needs it</source>
        <comment>economy.missing_projection_over_more</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>needs GDP per capita, and the population does not cover every age 0-100 and both sexes</source>
        <comment>economy.gdp_per_capita_missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>needs {field}, which is not given</source>
        <comment>economy.budget_share_missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+113"/>
        <source>needs a wage index: give {field}, or population for ages 15-64 by sex to derive it from real GDP growth per person of working age</source>
        <comment>economy.wage_index_missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>needs {field}, which is not given</source>
        <comment>economy.anchor_missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/method/eligible.py" line="+203"/>
        <source>no value for ages {min}-{max} (the scenario covers ages {low}-{high})</source>
        <comment>eligible.no_value_ages_min</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/method/explain.py" line="+81"/>
        <source>&quot;{scenario_id}&quot; is not a scenario of this project</source>
        <comment>explain.scenario_id_scenario_project</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{year} is outside the projection years {first}-{last}</source>
        <comment>explain.year_outside_projection_years</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/method/labour.py" line="+43"/>
        <source>needs {field}, which is not given</source>
        <comment>labour.series_missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>needs {field} for ages {ages}, which are not given</source>
        <comment>labour.participation_missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/method/scenarios.py" line="+261"/>
        <source>maternity targeting is per birth: give shares, not age bands</source>
        <comment>scenarios.maternity_targeting_per_birth</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/method/series.py" line="+35"/>
        <source>gives no value for {year}; per-year values must start by {year} (the base year)</source>
        <comment>series.starts_after_base</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>gives no value for {year}; per-year values must start by {year}</source>
        <comment>series.starts_late</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/outputs/results_files.py" line="+34"/>
        <source>{column} in {year} is not a finite number; nothing was written</source>
        <comment>results_files.column_year_finite_number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;{package_id}&quot; is not a package of this project</source>
        <comment>results_files.package_id_package_project</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&quot;{name}&quot;: use a .csv, .json or .xlsx file name</source>
        <comment>results_files.name_use_csv_json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/runtime/atomic.py" line="+85"/>
        <source>the disk is full: {target} was not written; nothing was changed</source>
        <comment>atomic.disk_full_target_was</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{target} could not be written ({reason}); nothing was changed</source>
        <comment>atomic.target_could_written_reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/store/files.py" line="+61"/>
        <source>already exists; choose another name</source>
        <comment>files.already_exists_choose_another</comment>
        <translation>existe déjà ; choisissez un autre nom</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>has an unknown extension: use .json or .abnd</source>
        <comment>files.has_unknown_extension_use</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/store/project_store.py" line="+111"/>
        <source>does not exist or is not a file</source>
        <comment>project_store.does_exist_file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>already exists; choose another name</source>
        <comment>project_store.already_exists_choose_another</comment>
        <translation>existe déjà ; choisissez un autre nom</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>is open read-only; edits are not saved</source>
        <comment>project_store.open_read_only_edits</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <source>could not be saved ({error}); nothing was changed</source>
        <comment>project_store.could_saved_error_nothing</comment>
        <translation type="unfinished"></translation>
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
        <location line="+83"/>
        <source>is an older project file; open it for editing to update it</source>
        <comment>project_store.older_project_file_open</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot be opened ({error})</source>
        <comment>project_store.cannot_opened_error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{problem}; open it for editing to repair it</source>
        <comment>project_store.unfinished_open_editing_repair</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is damaged ({error})</source>
        <comment>project_store.damaged_error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is damaged: it holds text that is not valid UTF-8</source>
        <comment>project_store.damaged_holds_text_valid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/store/safety.py" line="+38"/>
        <source>cannot be read ({reason})</source>
        <comment>safety.cannot_read_value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is {size:.1f} GB; the limit for a project is 2 GB</source>
        <comment>safety.size_f_gb_limit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not an ABND Studio project (it is not an SQLite database)</source>
        <comment>safety.abnd_studio_project_sqlite</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>is truncated or damaged (it is shorter than its own header says)</source>
        <comment>safety.truncated_damaged_shorter_than</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>is damaged (it has no project file version)</source>
        <comment>safety.damaged_has_no_project</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>is altered: table &quot;{name}&quot; is not as ABND Studio made it</source>
        <comment>safety.altered_table_name_abnd</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>holds something ABND Studio did not create ({kind} &quot;{name}&quot;); it was not opened</source>
        <comment>safety.foreign_schema_object</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is damaged: table &quot;{missing}&quot; is missing</source>
        <comment>safety.damaged_table_missing_missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is damaged ({error})</source>
        <comment>safety.damaged_error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is damaged (SQLite&apos;s check says: {said})</source>
        <comment>safety.damaged_sqlite_s_check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>holds {size:.0f} MB of text; the limit is {limit} MB a cell</source>
        <comment>safety.holds_row_f_mb</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/store/sidecars.py" line="+79"/>
        <source>{problem}, and could not be repaired ({reason})</source>
        <comment>sidecars.unfinished_could_repaired_error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../engine/store/document.py" line="+25"/>
        <source>is not a project field</source>
        <comment>whole_file.project_field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is damaged: the project&apos;s {key} is missing</source>
        <comment>whole_file.damaged_project_s_key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>is damaged: its key does not match it</source>
        <comment>whole_file.damaged_its_key_does</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>is damaged: its key does not match its content</source>
        <comment>whole_file.damaged_its_key_does_2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is damaged: it is not text</source>
        <comment>whole_file.damaged_text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is damaged ({message})</source>
        <comment>whole_file.damaged_message</comment>
        <translation>est endommagée ({message})</translation>
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
        <location filename="../../engine/edits/flat.py" line="+182"/>
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
        <location line="+89"/>
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
        <location filename="../../engine/store/journal.py" line="+131"/>
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
        <location line="+72"/>
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
        <location filename="../../engine/store/versions.py" line="+69"/>
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
    <message>
        <location filename="../../engine/store/whole_file.py" line="+66"/>
        <source>is damaged and could not be brought up to date ({error})</source>
        <comment>whole_file.migration_damaged</comment>
        <translation>est endommagé et n’a pas pu être mis à jour ({error})</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../engine/edits/field_names.py" line="+19"/>
        <source>Scenario &quot;{name}&quot;</source>
        <translation>Scénario « {name} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package &quot;{name}&quot;</source>
        <translation>Ensemble « {name} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix row &quot;{name}&quot;</source>
        <translation>Ligne de la matrice « {name} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population {name}</source>
        <translation>Population {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Source note</source>
        <translation>Note sur la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncertainty</source>
        <translation>Incertitude</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+1"/>
        <source>GDP deflator growth</source>
        <translation>croissance du déflateur du PIB</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+27"/>
        <source>number of beneficiaries</source>
        <translation>nombre de bénéficiaires</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>guarantee</source>
        <translation>garantie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>type de régime</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+2"/>
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
        <location line="+1"/>
        <source>amount a month</source>
        <translation>montant mensuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anchored on</source>
        <translation>indexé sur le niveau de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indexed on</source>
        <translation>indexé sur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tiers</source>
        <translation>paliers</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>FiscalYearPicker</name>
    <message>
        <location filename="../../gui/country/fiscal.py" line="+16"/>
        <source>January (the calendar year)</source>
        <translation>janvier (l’année civile)</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <source>ABND report (*.pdf);;ABND report, editable (*.odt)</source>
        <translation>Rapport ABND (*.pdf);;Rapport ABND, modifiable (*.odt)</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location filename="../../gui/history/panel.py" line="+43"/>
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
        <location line="+35"/>
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
            <numerusform>%n modification(s) affichée(s)</numerusform>
            <numerusform>%n modification(s) affichée(s)</numerusform>
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
        <location filename="../../gui/shell/main_window.py" line="+58"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot open the project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opened read-only</source>
        <translation>Ouvert en lecture seule</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+212"/>
        <source>Assessment matrix</source>
        <translation>Matrice d’évaluation</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+210"/>
        <source>Country data</source>
        <translation>Données du pays</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+210"/>
        <source>Scenarios</source>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>Scénarios</translation>
    </message>
    <message>
        <location line="-207"/>
        <location line="+208"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+3"/>
        <source>Recalculating...</source>
        <translation>Recalcul en cours…</translation>
    </message>
    <message>
        <location line="+66"/>
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
        <location line="+2"/>
        <source>&amp;Export...</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+119"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+119"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="-115"/>
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
        <location line="+45"/>
        <source>Nothing was changed</source>
        <translation>Aucune modification</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location filename="../../gui/matrix/model.py" line="+61"/>
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
        <location line="+71"/>
        <location line="+162"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+168"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Click to open the scenario.</source>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>Cliquer pour ouvrir le scénario.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Edit {column}</source>
        <translation>Modifier la colonne {column}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location filename="../../gui/matrix/tab.py" line="+200"/>
        <location line="+115"/>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location line="-114"/>
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
        <location line="+9"/>
        <source>Guarantee:</source>
        <translation>Garantie&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+4"/>
        <source>Costs in:</source>
        <translation>Coûts en&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The year whose cost the matrix shows</source>
        <translation>Année dont la matrice affiche le coût</translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Supprimer %n ligne</numerusform>
            <numerusform>Supprimer %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
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
            <numerusform>%n modification(s) se fusionnent d’elles-mêmes.</numerusform>
            <numerusform>%n modification(s) se fusionnent d’elles-mêmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n edit(s) of its history come with them.</source>
        <translation>
            <numerusform>%n modification(s) de son historique les accompagnent.</numerusform>
            <numerusform>%n modification(s) de son historique les accompagnent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n field(s) were changed differently here and there: choose what to keep for each.</source>
        <translation>
            <numerusform>%n champ(s) ont été modifiés différemment ici et là-bas : choisissez quoi garder pour chacun.</numerusform>
            <numerusform>%n champ(s) ont été modifiés différemment ici et là-bas : choisissez quoi garder pour chacun.</numerusform>
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
        <location filename="../../gui/scenarios/packages_editor.py" line="+42"/>
        <source>in % of GDP, e.g. 1 %, or 2026: 0.5 %; 2030: 1.5 %</source>
        <translation>en pourcentage du PIB, p.&#xa0;ex. 1&#xa0;%, ou 2026&#xa0;: 0,5&#xa0;%&#x202f;; 2030&#xa0;: 1,5&#xa0;%</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+116"/>
        <location line="+2"/>
        <source>New package</source>
        <translatorcomment>Native review: ensemble de prestations is proposed (glossary: package (of benefits)), composed; « panier de prestations » also occurs.</translatorcomment>
        <translation>Nouvel ensemble de prestations</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+125"/>
        <source>Delete package</source>
        <translatorcomment>Native review: ensemble de prestations is proposed (glossary: package (of benefits)), composed; « panier de prestations » also occurs.</translatorcomment>
        <translation>Supprimer l’ensemble de prestations</translation>
    </message>
    <message>
        <location line="-122"/>
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
        <location line="+1"/>
        <source>Fiscal space, % of GDP</source>
        <translation>Espace budgétaire, % du PIB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenarios in it</source>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>Scénarios qu’il contient</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>In {year} the package costs {pct} of GDP.</source>
        <translatorcomment>Native review: ensemble de prestations is proposed (glossary: package (of benefits)), composed; « panier de prestations » also occurs.</translatorcomment>
        <translation>En {year}, l’ensemble de prestations coûte {pct} du PIB.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fiscal space left: {gap} of GDP.</source>
        <translation>Espace budgétaire restant&#xa0;: {gap} du PIB.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit package</source>
        <translatorcomment>Native review: ensemble de prestations is proposed (glossary: package (of benefits)), composed; « panier de prestations » also occurs.</translatorcomment>
        <translation>Modifier l’ensemble de prestations</translation>
    </message>
</context>
<context>
    <name>ProjectDocument</name>
    <message>
        <location filename="../../gui/document/project_document.py" line="+129"/>
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
        <location line="+12"/>
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
        <location filename="../../gui/shell/language.py" line="+52"/>
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
        <location filename="../../gui/results/uncertainty_panel.py" line="+98"/>
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
        <location filename="../../engine/report/compose.py" line="+47"/>
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
        <location line="+17"/>
        <source>Assessment Based National Dialogue on the Social Protection Floor</source>
        <translation>Dialogue national fondé sur l’évaluation (ABND) sur le socle de protection sociale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>costs in {currency}</source>
        <translation>coûts en {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared with ABND Studio {version}, {date}</source>
        <translation>Établi avec ABND Studio {version}, {date}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Assessment matrix</source>
        <translation>Matrice d’évaluation</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agencies</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>costed</source>
        <translation>chiffré</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <source>Nominal GDP</source>
        <translation>PIB nominal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total population</source>
        <translation>Population totale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Government expenditure (% of GDP)</source>
        <translation>Dépenses publiques (% du PIB)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assumptions and their sources</source>
        <translation>Hypothèses et leurs sources</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenarios</source>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>Scénarios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beneficiaries</source>
        <translatorcomment>Native review: bénéficiaires is proposed (glossary: beneficiaries), standard, not seen on a page.</translatorcomment>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost ({currency})</source>
        <translation>Coût ({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+104"/>
        <location line="+16"/>
        <source>% of GDP</source>
        <translation>% du PIB</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>% of gov. expenditure</source>
        <translation>% des dépenses publiques</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not costed</source>
        <translation>Non chiffré</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Results are per fiscal year, from {start} to {end}, each named by the calendar year in which it ends ({first} to {last}). Costs, GDP and government expenditure of a fiscal year are the month-weighted blend of the two calendar years it spans ({late} of the first and {early} of the second); beneficiaries are taken at the fiscal year&apos;s mid-point.</source>
        <translation>Les résultats sont par exercice budgétaire, de {start} à {end}, chacun désigné par l’année civile où il se termine ({first} à {last}). Les coûts, le PIB et les dépenses publiques d’un exercice sont la moyenne, pondérée par les mois, des deux années civiles qu’il couvre ({late} de la première et {early} de la seconde) ; les bénéficiaires sont pris au milieu de l’exercice.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ages {low}-{high}: {level}</source>
        <translation>{low}-{high} ans : {level}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The monthly benefit depends on age: {bands}.</source>
        <translation>La prestation mensuelle dépend de l’âge : {bands}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People who receive {names} are not eligible: their beneficiaries are removed age by age, sex by sex and year by year.</source>
        <translation>Les personnes qui reçoivent {names} ne sont pas éligibles : leurs bénéficiaires sont retirés âge par âge, sexe par sexe et année par année.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The scheme starts paying in {month} of its first year, so it pays {paid} of 12 months that year.</source>
        <translation>Le régime commence à verser en {month} de sa première année ; il verse donc {paid} mois sur 12 cette année-là.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Fiscal space</source>
        <translation>Espace budgétaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packages compared</source>
        <translatorcomment>Native review: ensemble de prestations is proposed (glossary: package (of benefits)), composed; « panier de prestations » also occurs.</translatorcomment>
        <translation>Comparaison des ensembles de prestations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sensitivity and uncertainty</source>
        <translatorcomment>Native review: incertitude is proposed (glossary: uncertainty), standard, no page recorded.
Native review: sensibilité is proposed (glossary: sensitivity analysis), standard (glossary form « analyse de sensibilité »), no page recorded.</translatorcomment>
        <translation>Sensibilité et incertitude</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost in % of GDP in {year}: {cost}. Each assumption alone, at its low and high value:</source>
        <translation>Coût en % du PIB en {year}&#xa0;: {cost}. Chaque hypothèse seule, à sa valeur basse et à sa valeur haute&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assumption</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Valeur basse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Valeur haute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swing</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Percentiles of {draws} draws ({source}):</source>
        <translatorcomment>Native review: centile is proposed (glossary: percentile), French statistics writes centile; percentile is also accepted.</translatorcomment>
        <translation>Centiles de {draws} tirages ({source})&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings from the costing engine</source>
        <translation>Avertissements du moteur de calcul des coûts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annex: the costing method</source>
        <translation>Annexe&#xa0;: la méthode de calcul des coûts</translation>
    </message>
    <message>
        <location filename="../../engine/report/consultation.py" line="+12"/>
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
        <location line="+9"/>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <source>Annex: comments from the consultation</source>
        <translation>Annexe : commentaires de la consultation</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <location filename="../../gui/results/tab.py" line="+67"/>
        <source>A package, stacked</source>
        <translatorcomment>Native review: ensemble de prestations is proposed (glossary: package (of benefits)), composed; « panier de prestations » also occurs.</translatorcomment>
        <translation>Un ensemble de prestations, empilé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+251"/>
        <source>Scenarios compared</source>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>Comparaison des scénarios</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+246"/>
        <source>Packages compared</source>
        <translatorcomment>Native review: ensemble de prestations is proposed (glossary: package (of benefits)), composed; « panier de prestations » also occurs.</translatorcomment>
        <translation>Comparaison des ensembles de prestations</translation>
    </message>
    <message>
        <location line="-245"/>
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
        <location line="+27"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranges...</source>
        <translation>Plages…</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+8"/>
        <source>Save PNG...</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save SVG...</source>
        <translation>Enregistrer en SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy chart</source>
        <translatorcomment>Native review: Graphique is proposed (glossary: Chart), usual UI word, no page recorded.</translatorcomment>
        <translation>Copier le graphique</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Results table&lt;/b&gt; (click a heading to sort)</source>
        <translatorcomment>Native review: Tableau is proposed (glossary: Table), usual UI word, no page recorded.</translatorcomment>
        <translation>&lt;b&gt;Tableau des résultats&lt;/b&gt; (cliquer sur un en-tête pour trier)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export table...</source>
        <translatorcomment>Native review: Tableau is proposed (glossary: Table), usual UI word, no page recorded.</translatorcomment>
        <translation>Exporter le tableau…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Warnings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Avertissements&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location line="+20"/>
        <source>{id} has no result: {reason}</source>
        <translation>{id} n’a pas de résultat&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Stopped: the chart shows the last complete run.</source>
        <translatorcomment>Native review: Graphique is proposed (glossary: Chart), usual UI word, no page recorded.</translatorcomment>
        <translation>Arrêté&#xa0;: le graphique montre le dernier calcul complet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}: what moves the cost in {year}</source>
        <translation>{name}&#xa0;: ce qui fait varier le coût en {year}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: uncertainty bands ({draws} draws)</source>
        <translatorcomment>Native review: incertitude is proposed (glossary: uncertainty), standard, no page recorded.</translatorcomment>
        <translation>{name} : bandes d’incertitude ({draws} tirages)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Packages in {year}</source>
        <translatorcomment>Native review: ensemble de prestations is proposed (glossary: package (of benefits)), composed; « panier de prestations » also occurs.</translatorcomment>
        <translation>Ensembles de prestations en {year}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The chart is on the clipboard: paste it into a slide.</source>
        <translatorcomment>Native review: Graphique is proposed (glossary: Chart), usual UI word, no page recorded.</translatorcomment>
        <translation>Le graphique est dans le presse-papiers&#xa0;: collez-le dans une diapositive.</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+4"/>
        <source>Results written to {path}</source>
        <translation>Résultats écrits dans {path}</translation>
    </message>
</context>
<context>
    <name>ScenarioFields</name>
    <message>
        <location filename="../../gui/scenarios/fields.py" line="+49"/>
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
        <location filename="../../gui/scenarios/form.py" line="+97"/>
        <source>&lt;i&gt;Choose a scenario, or add one.&lt;/i&gt;</source>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>&lt;i&gt;Choisissez un scénario, ou ajoutez-en un.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>By age band</source>
        <translatorcomment>Native review: tranche d’âge is proposed (glossary: age group).</translatorcomment>
        <translation>Par tranche d’âge</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>% of an anchor</source>
        <translation>% d’une référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed amount a month</source>
        <translation>montant fixe par mois</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+45"/>
        <source>{kind} · id &lt;code&gt;{id}&lt;/code&gt;</source>
        <translation>{kind} · identifiant &lt;code&gt;{id}&lt;/code&gt;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>nothing</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>by age band</source>
        <translatorcomment>Native review: tranche d’âge is proposed (glossary: age group).</translatorcomment>
        <translation>par tranche d’âge</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location filename="../../gui/scenarios/tab.py" line="+52"/>
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
        <location line="+23"/>
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
        <location line="+52"/>
        <source>No results: {reason}</source>
        <translation>Pas de résultats&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>computing...</source>
        <translation>calcul en cours…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This scenario cannot be costed yet: {reason}</source>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>Ce scénario ne peut pas encore être chiffré&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+31"/>
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
        <location line="+16"/>
        <source>Delete scenario</source>
        <translatorcomment>Native review: scénario is proposed (glossary: scenario), standard French, no page recorded.</translatorcomment>
        <translation>Supprimer le scénario</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../../gui/scenarios/tiers.py" line="+40"/>
        <source>Pays a different amount by age band</source>
        <translation>Verse un montant différent par tranche d’âge</translation>
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
        <location filename="../../gui/results/uncertainty_charts.py" line="+69"/>
        <source>Central: {value}. Blue: the assumption at its low value; orange: at its high value.</source>
        <translation>Valeur centrale&#xa0;: {value}. Bleu&#xa0;: l’hypothèse à sa valeur basse&#x202f;; orange&#xa0;: à sa valeur haute.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>median of the draws</source>
        <translation>médiane des tirages</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>central</source>
        <translation>valeur centrale</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <name>Workshop</name>
    <message>
        <location filename="../../gui/workshop/view.py" line="+43"/>
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
        <location line="+6"/>
        <source>% of the anchor</source>
        <translation>% de la référence</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <location line="+70"/>
        <source>ABND Studio — workshop</source>
        <translatorcomment>Native review: atelier is proposed (glossary: workshop), standard, not seen on a page.</translatorcomment>
        <translation>ABND Studio — atelier</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pin an assumption...</source>
        <translation>Épingler une hypothèse…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave workshop mode (Esc)</source>
        <translatorcomment>Native review: atelier is proposed (glossary: workshop), standard, not seen on a page.</translatorcomment>
        <translation>Quitter le mode atelier (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package:</source>
        <translatorcomment>Native review: ensemble de prestations is proposed (glossary: package (of benefits)), composed; « panier de prestations » also occurs.</translatorcomment>
        <translation>Ensemble de prestations&#xa0;:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&lt;b&gt;In the package&lt;/b&gt;</source>
        <translatorcomment>Native review: ensemble de prestations is proposed (glossary: package (of benefits)), composed; « panier de prestations » also occurs.</translatorcomment>
        <translation>&lt;b&gt;Dans l’ensemble de prestations&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Assumptions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hypothèses&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Toggle {id}</source>
        <translation>Inclure ou retirer {id}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set {lever} of {name}</source>
        <translation>Régler {lever} ({name})</translation>
    </message>
    <message>
        <location line="+23"/>
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
