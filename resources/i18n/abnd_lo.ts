<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo" sourcelanguage="en">
<context>
    <name>Charts</name>
    <message>
        <location filename="../../gui/common/charts.py" line="+140"/>
        <source>Year</source>
        <translation>ປີ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Fiscal space</source>
        <translatorcomment>Native review: ຊ່ອງຫວ່າງທາງງົບປະມານ is proposed (glossary: fiscal space), composed, no Lao term found.</translatorcomment>
        <translation>ຊ່ອງຫວ່າງທາງງົບປະມານ</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>&lt;b&gt;total&lt;/b&gt;: {value}</source>
        <translation>&lt;b&gt;ທັງໝົດ&lt;/b&gt;: {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>fiscal space: {value}</source>
        <translatorcomment>Native review: ຊ່ອງຫວ່າງທາງງົບປະມານ is proposed (glossary: fiscal space), composed, no Lao term found.</translatorcomment>
        <translation>ຊ່ອງຫວ່າງທາງງົບປະມານ: {value}</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../gui/history/compare.py" line="+47"/>
        <source>Compare</source>
        <translation>ປຽບທຽບ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>% of GDP</source>
        <translation>% ຕໍ່ GDP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cost in {currency}</source>
        <translation>ຄ່າໃຊ້ຈ່າຍເປັນ {currency}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assumption</source>
        <translation>ຂໍ້ສົມມຸດຖານ</translation>
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
        <translation>A:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Costs in</source>
        <translation>ຄ່າໃຊ້ຈ່າຍໃນປີ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>and</source>
        <translation>ແລະ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Now</source>
        <translation>ປັດຈຸບັນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {number}: {name}</source>
        <translation>ສະບັບທີ {number}: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another file...</source>
        <translation>ໄຟລ໌ອື່ນ…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Compare with a project file</source>
        <translation>ປຽບທຽບກັບໄຟລ໌ໂປຣເຈັກ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ABND projects (*.abnd *.json)</source>
        <translation>ໂປຣເຈັກ ABND (*.abnd *.json)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Comparing...</source>
        <translation>ກຳລັງປຽບທຽບ…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n assumption(s) differ</source>
        <translation>
            <numerusform>ຂໍ້ສົມມຸດຖານທີ່ແຕກຕ່າງ: %n</numerusform>
            <numerusform>ຂໍ້ສົມມຸດຖານທີ່ແຕກຕ່າງ: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Population</source>
        <translation>ພົນລະເມືອງ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cell(s) differ</source>
        <translation>
            <numerusform>ຊ່ອງທີ່ແຕກຕ່າງ: %n</numerusform>
            <numerusform>ຊ່ອງທີ່ແຕກຕ່າງ: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scenario or package</source>
        <translation>ສະຖານະການສົມມຸດ ຫຼື ຊຸດສິດທິປະໂຫຍດ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{year}: A</source>
        <translation>{year}: A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year}: B</source>
        <translation>{year}: B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change</source>
        <translation>ການປ່ຽນແປງ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>package</source>
        <translation>ຊຸດສິດທິປະໂຫຍດ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>scenario</source>
        <translation>ສະຖານະການສົມມຸດ</translation>
    </message>
</context>
<context>
    <name>ConsultationPanel</name>
    <message>
        <location filename="../../gui/matrix/consultation.py" line="+49"/>
        <source>Agency</source>
        <translation>ພາກສ່ວນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agency&apos;s comment on this recommendation</source>
        <translation>ຄຳເຫັນຂອງພາກສ່ວນຕໍ່ຂໍ້ສະເໜີແນະນີ້</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add comment</source>
        <translation>ເພີ່ມຄຳເຫັນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete comment</source>
        <translation>ລຶບຄຳເຫັນ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Consultation: choose a row of the matrix.</source>
        <translation>ການປຶກສາຫາລື: ເລືອກແຖວໜຶ່ງຂອງຕາຕະລາງ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{status} since {date}</source>
        <translation>{status} ຕັ້ງແຕ່ {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation on “{title}” — status: {status}</source>
        <translation>ການປຶກສາຫາລືກ່ຽວກັບ “{title}” — ສະຖານະ: {status}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>ຄຳເຫັນ: %n</numerusform>
            <numerusform>ຄຳເຫັນ: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A comment needs the agency and the text.</source>
        <translation>ຄຳເຫັນຕ້ອງມີຊື່ພາກສ່ວນ ແລະ ເນື້ອໃນ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a comment</source>
        <translation>ເພີ່ມຄຳເຫັນ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a comment first.</source>
        <translation>ເລືອກຄຳເຫັນກ່ອນ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete a comment</source>
        <translation>ລຶບຄຳເຫັນ</translation>
    </message>
</context>
<context>
    <name>CountryModels</name>
    <message>
        <location filename="../../gui/country/models.py" line="+97"/>
        <source>Women</source>
        <translation>ເພດຍິງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>ເພດຊາຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>ທັງໝົດ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Derived (5-year groups split by Sprague, or years interpolated)</source>
        <translatorcomment>Native review: ກຸ່ມອາຍຸ 5 ປີ is proposed (glossary: 5-year age group), composed.</translatorcomment>
        <translation>ຄ່າທີ່ຄິດໄລ່ອອກມາ (ແບ່ງກຸ່ມອາຍຸ 5 ປີ ດ້ວຍວິທີ Sprague ຫຼື ປະມານຄ່າລະຫວ່າງປີ)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Edit population, {sex} aged {age}, in {year}</source>
        <translation>ແກ້ໄຂພົນລະເມືອງ {sex} ອາຍຸ {age} ປີ ໃນປີ {year}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Real GDP growth (%)</source>
        <translation>ການຂະຫຍາຍຕົວຂອງ GDP ຕົວຈິງ (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDP deflator growth (%)</source>
        <translatorcomment>Native review: ຕົວປັບລາຄາ GDP (deflator) is proposed (glossary: GDP deflator), no Lao term found, the English word is kept in brackets.</translatorcomment>
        <translation>ການຂະຫຍາຍຕົວຂອງຕົວປັບລາຄາ GDP (deflator) (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPI inflation (%)</source>
        <translatorcomment>Native review: ດັດຊະນີລາຄາຜູ້ບໍລິໂພກ is proposed (glossary: consumer price index (CPI)), composed, no Lao page seen.</translatorcomment>
        <translation>ອັດຕາເງິນເຟີ້ຕາມດັດຊະນີລາຄາຜູ້ບໍລິໂພກ (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gov. spending (% GDP)</source>
        <translation>ລາຍຈ່າຍຂອງລັດ (% ຕໍ່ GDP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gov. revenue (% GDP)</source>
        <translation>ລາຍຮັບຂອງລັດ (% ຕໍ່ GDP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real wage growth (%)</source>
        <translation>ການຂະຫຍາຍຕົວຂອງຄ່າຈ້າງຕົວຈິງ (%)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nominal GDP ({currency})</source>
        <translatorcomment>Native review: GDP ຕາມລາຄາປັດຈຸບັນ is proposed (glossary: nominal GDP (current prices)), composed.</translatorcomment>
        <translation>GDP ຕາມລາຄາປັດຈຸບັນ ({currency})</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Edit {series} in {year}</source>
        <translation>ແກ້ໄຂ {series} ປີ {year}</translation>
    </message>
</context>
<context>
    <name>CountryTab</name>
    <message>
        <location filename="../../gui/country/tab.py" line="+45"/>
        <source>Nominal GDP in the base year</source>
        <translatorcomment>Native review: GDP ຕາມລາຄາປັດຈຸບັນ is proposed (glossary: nominal GDP (current prices)), composed.
Native review: ປີພື້ນຖານ is proposed (glossary: base year), composed.</translatorcomment>
        <translation>GDP ຕາມລາຄາປັດຈຸບັນ ໃນປີພື້ນຖານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poverty line, per person a month</source>
        <translatorcomment>Native review: ເສັ້ນຄວາມທຸກຍາກ is proposed (glossary: poverty line), not attested; the alternative is ເສັ້ນແບ່ງຄວາມທຸກຍາກ.</translatorcomment>
        <translation>ເສັ້ນຄວາມທຸກຍາກ, ຕໍ່ຄົນຕໍ່ເດືອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum wage, a month</source>
        <translation>ຄ່າແຮງງານຂັ້ນຕ່ຳ, ຕໍ່ເດືອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average wage, a month</source>
        <translatorcomment>Native review: ຄ່າຈ້າງສະເລ່ຍ is proposed (glossary: average wage), composed (LSSO has ເງິນເດືອນປະກັນຕົນສະເລ່ຍ).</translatorcomment>
        <translation>ຄ່າຈ້າງສະເລ່ຍ, ຕໍ່ເດືອນ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Population</source>
        <translation>ພົນລະເມືອງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economy</source>
        <translation>ເສດຖະກິດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour</source>
        <translation>ແຮງງານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>ແຫຼ່ງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Checks on the data&lt;/b&gt; (double-click to go there)</source>
        <translation>&lt;b&gt;ການກວດສອບຂໍ້ມູນ&lt;/b&gt; (ຄລິກສອງເທື່ອເພື່ອໄປຫາບ່ອນນັ້ນ)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Year:</source>
        <translation>ປີ:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Fiscal year starts in</source>
        <translation>ສົກປີງົບປະມານເລີ່ມໃນເດືອນ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Base-year anchors&lt;/b&gt; (local currency)</source>
        <translatorcomment>Native review: ປີພື້ນຖານ is proposed (glossary: base year), composed.
Native review: ຄ່າອ້າງອີງ is not in the glossary (anchor (poverty line, wage or GDP per person a benefit is set against)), composed.</translatorcomment>
        <translation>&lt;b&gt;ຄ່າອ້າງອີງຂອງປີພື້ນຖານ&lt;/b&gt; (ສະກຸນເງິນທ້ອງຖິ່ນ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sex</source>
        <translation>ເພດ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ages</source>
        <translation>ອາຍຸ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From year</source>
        <translation>ຈາກປີ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Participation rate</source>
        <translatorcomment>Native review: ອັດຕາການເຂົ້າຮ່ວມກຳລັງແຮງງານ is proposed (glossary: labour force participation rate), composed on ກຳລັງແຮງງານ.</translatorcomment>
        <translation>ອັດຕາການເຂົ້າຮ່ວມກຳລັງແຮງງານ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a rate</source>
        <translation>ເພີ່ມອັດຕາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete rate</source>
        <translation>ລຶບອັດຕາ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unemployment rate</source>
        <translatorcomment>Native review: ອັດຕາການວ່າງງານ is proposed (glossary: unemployment rate), composed (ອັດຕາ + ການວ່າງງານ, LSSO spelling).</translatorcomment>
        <translation>ອັດຕາການວ່າງງານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informal share of employment</source>
        <translatorcomment>Native review: ອັດຕາສ່ວນແຮງງານນອກລະບົບ is proposed (glossary: informality share), composed.</translatorcomment>
        <translation>ອັດຕາສ່ວນແຮງງານນອກລະບົບ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 2 %, or 2025: 2 %; 2030: 1.5 %</source>
        <translation>ເຊັ່ນ 2&#xa0;%, ຫຼື 2025: 2&#xa0;%; 2030: 1,5&#xa0;%</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Input</source>
        <translation>ຂໍ້ມູນປ້ອນເຂົ້າ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source note</source>
        <translation>ໝາຍເຫດແຫຼ່ງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No problem found in the country data.</source>
        <translation>ບໍ່ພົບບັນຫາໃນຂໍ້ມູນປະເທດ.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No labour data in this project.</source>
        <translation>ໂປຣເຈັກນີ້ບໍ່ມີຂໍ້ມູນແຮງງານ.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Edit {item}</source>
        <translation>ແກ້ໄຂ {item}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit labour data</source>
        <translation>ແກ້ໄຂຂໍ້ມູນແຮງງານ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>row {row}: &quot;{text}&quot; is not a year</source>
        <translation>ແຖວ {row}: &quot;{text}&quot; ບໍ່ແມ່ນປີ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>row {row}: {reason}</source>
        <translation>ແຖວ {row}: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit participation rates</source>
        <translatorcomment>Native review: ອັດຕາການເຂົ້າຮ່ວມກຳລັງແຮງງານ is proposed (glossary: labour force participation rate), composed on ກຳລັງແຮງງານ.</translatorcomment>
        <translation>ແກ້ໄຂອັດຕາການເຂົ້າຮ່ວມກຳລັງແຮງງານ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a participation rate</source>
        <translatorcomment>Native review: ອັດຕາການເຂົ້າຮ່ວມກຳລັງແຮງງານ is proposed (glossary: labour force participation rate), composed on ກຳລັງແຮງງານ.</translatorcomment>
        <translation>ເພີ່ມອັດຕາການເຂົ້າຮ່ວມກຳລັງແຮງງານ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete a participation rate</source>
        <translatorcomment>Native review: ອັດຕາການເຂົ້າຮ່ວມກຳລັງແຮງງານ is proposed (glossary: labour force participation rate), composed on ກຳລັງແຮງງານ.</translatorcomment>
        <translation>ລຶບອັດຕາການເຂົ້າຮ່ວມກຳລັງແຮງງານ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit source note</source>
        <translation>ແກ້ໄຂໝາຍເຫດແຫຼ່ງຂໍ້ມູນ</translation>
    </message>
</context>
<context>
    <name>CrashNet</name>
    <message>
        <location filename="../../gui/shell/crash.py" line="+45"/>
        <source>Something went wrong</source>
        <translation>ເກີດຂໍ້ຜິດພາດ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ABND Studio met an unexpected problem and stopped that action. Your project is as it was before it: every edit is saved when you make it.

The details are in this file, for the support team:
{path}</source>
        <translation>ABND Studio ພົບບັນຫາທີ່ບໍ່ຄາດຄິດ ແລະ ໄດ້ຢຸດການດຳເນີນການນັ້ນ. ໂປຣເຈັກຂອງທ່ານຍັງຄືເກົ່າກ່ອນການດຳເນີນການດັ່ງກ່າວ: ທຸກການແກ້ໄຂຖືກບັນທຶກທັນທີທີ່ທ່ານເຮັດ.

ລາຍລະອຽດຢູ່ໃນໄຟລ໌ນີ້ ສຳລັບທີມງານຊ່ວຍເຫຼືອ:
{path}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../gui/shell/dialogs.py" line="+56"/>
        <source>New project from country data</source>
        <translation>ໂປຣເຈັກໃໝ່ຈາກຂໍ້ມູນປະເທດ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base year</source>
        <translatorcomment>Native review: ປີພື້ນຖານ is proposed (glossary: base year), composed.</translatorcomment>
        <translation>ປີພື້ນຖານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End year</source>
        <translation>ປີສຸດທ້າຍ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the new project as</source>
        <translation>ບັນທຶກໂປຣເຈັກໃໝ່ເປັນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ABND project (*.abnd)</source>
        <translation>ໂປຣເຈັກ ABND (*.abnd)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>already exists; choose another name</source>
        <translation>ມີຢູ່ແລ້ວ; ກະລຸນາເລືອກຊື່ອື່ນ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the project</source>
        <translation>ບໍ່ສາມາດສ້າງໂປຣເຈັກໄດ້</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a project</source>
        <translation>ເປີດໂປຣເຈັກ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ABND projects (*.abnd *.json);;All files (*)</source>
        <translation>ໂປຣເຈັກ ABND (*.abnd *.json);;ທຸກໄຟລ໌ (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save a copy and continue in it</source>
        <translation>ບັນທຶກສຳເນົາ ແລະ ເຮັດວຽກຕໍ່ໃນສຳເນົານັ້ນ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot save the copy</source>
        <translation>ບໍ່ສາມາດບັນທຶກສຳເນົາໄດ້</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import national data</source>
        <translation>ນຳເຂົ້າຂໍ້ມູນລະດັບຊາດ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data files (*.csv *.xlsx)</source>
        <translation>ໄຟລ໌ຂໍ້ມູນ (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import {file}</source>
        <translation>ນຳເຂົ້າ {file}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was imported</source>
        <translation>ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported</source>
        <translation>ນຳເຂົ້າແລ້ວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed:</source>
        <translation>ສິ່ງທີ່ປ່ຽນແປງ:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ABND report (*.pdf)</source>
        <translation>ບົດລາຍງານ ABND (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ABND report, editable (*.odt)</source>
        <translation>ບົດລາຍງານ ABND, ແກ້ໄຂໄດ້ (*.odt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ABND report with the consultation&apos;s comments (*.pdf)</source>
        <translation>ບົດລາຍງານ ABND ພ້ອມຄຳເຫັນຈາກການປຶກສາຫາລື (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RAP workbook with live formulas (*.xlsx)</source>
        <translatorcomment>Native review: ສະໝຸດວຽກ is not in the glossary (workbook), spreadsheet word, check LibreOffice Lao.</translatorcomment>
        <translation>ສະໝຸດວຽກ RAP ພ້ອມສູດຄິດໄລ່ທີ່ເຮັດວຽກໄດ້ (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results table (*.xlsx)</source>
        <translation>ຕາຕະລາງຜົນໄດ້ຮັບ (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results table (*.csv)</source>
        <translation>ຕາຕະລາງຜົນໄດ້ຮັບ (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results (*.json)</source>
        <translation>ຜົນໄດ້ຮັບ (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project exchange file (*.json)</source>
        <translation>ໄຟລ໌ແລກປ່ຽນໂປຣເຈັກ (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export</source>
        <translation>ສົ່ງອອກ</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+27"/>
        <source>Cannot export</source>
        <translation>ບໍ່ສາມາດສົ່ງອອກໄດ້</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+27"/>
        <source>Exported to {path}</source>
        <translation>ສົ່ງອອກໄປທີ່ {path} ແລ້ວ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting to {path}...</source>
        <translation>ກຳລັງສົ່ງອອກໄປທີ່ {path}…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>ABND Studio user guide</source>
        <translation>ຄູ່ມືຜູ້ໃຊ້ ABND Studio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source># ABND Studio {version}</source>
        <translation># ABND Studio {version}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About ABND Studio</source>
        <translation>ກ່ຽວກັບ ABND Studio</translation>
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
        <translation>ມີຢູ່ແລ້ວ; ກະລຸນາເລືອກຊື່ອື່ນ</translation>
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
        <translation>ເປັນຂໍ້ມູນໃໝ່ຂອງຮູບແບບສະບັບ 3; ໄຟລ໌ນີ້ບອກວ່າ format_version {version}</translation>
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
        <translation>ລະຫັດຄຳເຫັນ &quot;{id}&quot; ຊ້ຳກັນ</translation>
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
        <translation>&quot;{value}&quot; ບໍ່ແມ່ນວັນທີທີ່ຂຽນແບບ YYYY-MM-DD (ເຊັ່ນ 2025-05-03)</translation>
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
        <translation>ມີຢູ່ແລ້ວ; ກະລຸນາເລືອກຊື່ອື່ນ</translation>
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
        <translation>ມີຢູ່ແລ້ວ; ກະລຸນາເລືອກຊື່ອື່ນ</translation>
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
        <translation>ເສຍຫາຍ: ບໍ່ມີເອກະລັກຂອງໂປຣເຈັກ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>is damaged: the start of the project&apos;s history is missing</source>
        <comment>project_store.origin_missing</comment>
        <translation>ເສຍຫາຍ: ບໍ່ມີຈຸດເລີ່ມຕົ້ນຂອງປະຫວັດໂປຣເຈັກ</translation>
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
        <translation>ເສຍຫາຍ ({message})</translation>
    </message>
    <message>
        <location filename="../../engine/cli/history.py" line="+89"/>
        <source>{text} is not a JSON value (a number, true, false, null, or text in double quotes, e.g. &apos;&quot;A child benefit&quot;&apos;)</source>
        <comment>history.not_json_value</comment>
        <translation>{text} ບໍ່ແມ່ນຄ່າ JSON (ຕົວເລກ, true, false, null, ຫຼື ຂໍ້ຄວາມໃນວົງຢືມຄູ່, ເຊັ່ນ &apos;&quot;A child benefit&quot;&apos;)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>&quot;{text}&quot; is not a date written YYYY-MM-DD (e.g. 2025-05-03)</source>
        <comment>history.since_not_a_date</comment>
        <translation>&quot;{text}&quot; ບໍ່ແມ່ນວັນທີທີ່ຂຽນແບບ YYYY-MM-DD (ເຊັ່ນ 2025-05-03)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>already exists; choose another name</source>
        <comment>history.out_exists</comment>
        <translation>ມີຢູ່ແລ້ວ; ກະລຸນາເລືອກຊື່ອື່ນ</translation>
    </message>
    <message>
        <location filename="../../engine/edits/flat.py" line="+182"/>
        <source>&quot;{text}&quot; is not a path: write its parts with dots, e.g. scenarios.child-benefit.admin_rate</source>
        <comment>flat.not_a_path</comment>
        <translation>&quot;{text}&quot; ບໍ່ແມ່ນເສັ້ນທາງ: ຂຽນແຕ່ລະພາກສ່ວນຂັ້ນດ້ວຍຈຸດ, ເຊັ່ນ scenarios.child-benefit.admin_rate</translation>
    </message>
    <message>
        <location filename="../../engine/edits/paths.py" line="+94"/>
        <source>names a whole list; set one entry by its id (e.g. {example})</source>
        <comment>paths.whole_list</comment>
        <translation>ໝາຍເຖິງລາຍການທັງໝົດ; ໃຫ້ກຳນົດແຕ່ລະລາຍການຕາມລະຫັດຂອງມັນ (ເຊັ່ນ {example})</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>{part} is not a position in this list (0 to {last})</source>
        <comment>paths.not_a_position</comment>
        <translation>{part} ບໍ່ແມ່ນຕຳແໜ່ງໃນລາຍການນີ້ (0 ຫາ {last})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>has no &quot;{segment}&quot; (did you mean &quot;{close}&quot;?)</source>
        <comment>paths.no_such_part_did_you_mean</comment>
        <translation>ບໍ່ມີ &quot;{segment}&quot; (ທ່ານໝາຍເຖິງ &quot;{close}&quot; ບໍ?)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has no &quot;{segment}&quot; (there is: {shown})</source>
        <comment>paths.no_such_part</comment>
        <translation>ບໍ່ມີ &quot;{segment}&quot; (ທີ່ມີ: {shown})</translation>
    </message>
    <message>
        <location filename="../../engine/store/journal.py" line="+131"/>
        <location line="+45"/>
        <source>is damaged: it is not a journal entry</source>
        <comment>journal.damaged_entry</comment>
        <translation>ເສຍຫາຍ: ບໍ່ແມ່ນລາຍການໃນປະຫວັດການແກ້ໄຂ</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>is damaged ({message})</source>
        <comment>journal.damaged</comment>
        <translation>ເສຍຫາຍ ({message})</translation>
    </message>
    <message>
        <location filename="../../engine/store/merging.py" line="+77"/>
        <source>is not an ABND Studio project file (.abnd): only copies of a project file can be merged</source>
        <comment>merging.not_a_project_file</comment>
        <translation>ບໍ່ແມ່ນໄຟລ໌ໂປຣເຈັກ ABND Studio (.abnd): ລວມໄດ້ສະເພາະສຳເນົາຂອງໄຟລ໌ໂປຣເຈັກເທົ່ານັ້ນ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is not a copy of {mine}: they are two different projects, which cannot be merged (copies of one project share its history)</source>
        <comment>merging.unrelated</comment>
        <translation>ບໍ່ແມ່ນສຳເນົາຂອງ {mine}: ເປັນສອງໂປຣເຈັກທີ່ແຕກຕ່າງກັນ ຈຶ່ງລວມກັນບໍ່ໄດ້ (ສຳເນົາຂອງໂປຣເຈັກດຽວກັນມີປະຫວັດຮ່ວມກັນ)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>the merged project would not be valid ({message}); nothing was merged: resolve the conflicts another way, or change one copy first</source>
        <comment>merging.invalid_result</comment>
        <translation>ໂປຣເຈັກທີ່ລວມແລ້ວຈະບໍ່ຖືກຕ້ອງ ({message}); ບໍ່ໄດ້ລວມຫຍັງເລີຍ: ໃຫ້ແກ້ໄຂຂໍ້ຂັດແຍ່ງດ້ວຍວິທີອື່ນ ຫຼື ແກ້ໄຂສຳເນົາໃດໜຶ່ງກ່ອນ</translation>
    </message>
    <message>
        <location filename="../../engine/store/snapshots.py" line="+69"/>
        <source>is damaged ({reason})</source>
        <comment>snapshots.damaged</comment>
        <translation>ເສຍຫາຍ ({reason})</translation>
    </message>
    <message>
        <location filename="../../engine/store/versions.py" line="+69"/>
        <source>is damaged: it is not a saved version</source>
        <comment>versions.damaged</comment>
        <translation>ເສຍຫາຍ: ບໍ່ແມ່ນສະບັບທີ່ບັນທຶກໄວ້</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>has no version &quot;{reference}&quot; (its versions: {shown})</source>
        <comment>versions.no_such_version</comment>
        <translation>ບໍ່ມີສະບັບ &quot;{reference}&quot; (ສະບັບທີ່ມີ: {shown})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is missing: the version cannot be read</source>
        <comment>versions.snapshot_missing</comment>
        <translation>ບໍ່ມີ: ອ່ານສະບັບນີ້ບໍ່ໄດ້</translation>
    </message>
    <message>
        <location filename="../../engine/store/whole_file.py" line="+66"/>
        <source>is damaged and could not be brought up to date ({error})</source>
        <comment>whole_file.migration_damaged</comment>
        <translation>ເສຍຫາຍ ແລະ ບໍ່ສາມາດປັບໃຫ້ເປັນສະບັບປັດຈຸບັນໄດ້ ({error})</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../engine/edits/field_names.py" line="+19"/>
        <source>Scenario &quot;{name}&quot;</source>
        <translation>ສະຖານະການສົມມຸດ &quot;{name}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package &quot;{name}&quot;</source>
        <translation>ຊຸດສິດທິປະໂຫຍດ &quot;{name}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix row &quot;{name}&quot;</source>
        <translation>ແຖວຕາຕະລາງ &quot;{name}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population {name}</source>
        <translation>ພົນລະເມືອງ {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project</source>
        <translation>ໂປຣເຈັກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years</source>
        <translation>ປີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population</source>
        <translation>ພົນລະເມືອງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economy</source>
        <translation>ເສດຖະກິດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour</source>
        <translation>ແຮງງານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source note</source>
        <translation>ໝາຍເຫດແຫຼ່ງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncertainty</source>
        <translation>ຄວາມບໍ່ແນ່ນອນ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order of the scenarios</source>
        <translation>ລຳດັບຂອງສະຖານະການສົມມຸດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of the packages</source>
        <translation>ລຳດັບຂອງຊຸດສິດທິປະໂຫຍດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of the matrix rows</source>
        <translation>ລຳດັບຂອງແຖວໃນຕາຕະລາງ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comment by {agency}</source>
        <translation>ຄຳເຫັນຂອງ {agency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole entry</source>
        <translation>ທັງລາຍການ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO code</source>
        <translation>ລະຫັດ ISO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>currency</source>
        <translation>ສະກຸນເງິນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base year</source>
        <translation>ປີພື້ນຖານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end year</source>
        <translation>ປີສຸດທ້າຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fiscal year starts in</source>
        <translation>ສົກປີງົບປະມານເລີ່ມໃນເດືອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>ຫົວໜ່ວຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>births</source>
        <translation>ການເກີດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>births estimated from</source>
        <translation>ການເກີດຄາດຄະເນຈາກ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nominal GDP in the base year</source>
        <translation>GDP ຕາມລາຄາປັດຈຸບັນ ໃນປີພື້ນຖານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nominal GDP by year</source>
        <translation>GDP ຕາມລາຄາປັດຈຸບັນ ແຕ່ລະປີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>real GDP growth</source>
        <translation>ການຂະຫຍາຍຕົວຂອງ GDP ຕົວຈິງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDP deflator growth</source>
        <translation>ການເພີ່ມຂຶ້ນຂອງ GDP (deflator)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consumer price inflation</source>
        <translation>ອັດຕາເງິນເຟີ້ດັດຊະນີລາຄາຜູ້ບໍລິໂພກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>government expenditure, % of GDP</source>
        <translation>ລາຍຈ່າຍລັດຖະບານ, % ຕໍ່ GDP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>government revenue, % of GDP</source>
        <translation>ລາຍຮັບລັດຖະບານ, % ຕໍ່ GDP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>real wage growth</source>
        <translation>ການເພີ່ມຂຶ້ນຂອງຄ່າຈ້າງຕົວຈິງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>poverty line, per person a month</source>
        <translation>ເສັ້ນຄວາມທຸກຍາກ, ຕໍ່ຄົນຕໍ່ເດືອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minimum wage, a month</source>
        <translation>ຄ່າແຮງງານຂັ້ນຕ່ຳ, ຕໍ່ເດືອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>average wage, a month</source>
        <translation>ຄ່າຈ້າງສະເລ່ຍ, ຕໍ່ເດືອນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>labour-force participation</source>
        <translation>ອັດຕາການເຂົ້າຮ່ວມກຳລັງແຮງງານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unemployment rate</source>
        <translation>ອັດຕາການວ່າງງານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>informal share of workers</source>
        <translation>ອັດຕາສ່ວນແຮງງານນອກລະບົບ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ranges</source>
        <translation>ຂອບເຂດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draws</source>
        <translation>ຈຳນວນການສຸ່ມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed</source>
        <translation>ຄ່າເລີ່ມຕົ້ນການສຸ່ມ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>identifier</source>
        <translation>ລະຫັດ</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>number of beneficiaries</source>
        <translation>ຈຳນວນຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>guarantee</source>
        <translation>ການຄໍ້າປະກັນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take-up</source>
        <translation>ອັດຕາການເຂົ້າຮັບສິດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ages</source>
        <translation>ອາຍຸ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex</source>
        <translation>ເພດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target share</source>
        <translation>ສັດສ່ວນເປົ້າໝາຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prevalence</source>
        <translation>ອັດຕາຄວາມພິການ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share already covered</source>
        <translation>ສັດສ່ວນທີ່ໄດ້ຮັບການປົກຄຸມແລ້ວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not eligible if receiving</source>
        <translation>ບໍ່ມີສິດ ຖ້າໄດ້ຮັບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>benefit</source>
        <translation>ເງິນອຸດໜູນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months paid a year</source>
        <translation>ຈຳນວນເດືອນທີ່ຈ່າຍຕໍ່ປີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administration rate</source>
        <translation>ອັດຕາຄ່າໃຊ້ຈ່າຍໃນການບໍລິຫານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed administration cost</source>
        <translation>ຄ່າໃຊ້ຈ່າຍໃນການບໍລິຫານຄົງທີ່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaces</source>
        <translation>ແທນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts paying in</source>
        <translation>ເລີ່ມຈ່າຍໃນເດືອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days of work a year</source>
        <translation>ຈຳນວນມື້ເຮັດວຽກຕໍ່ປີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily wage, % of minimum wage</source>
        <translation>ຄ່າຈ້າງລາຍວັນ, % ຂອງຄ່າແຮງງານຂັ້ນຕ່ຳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working days a month</source>
        <translation>ຈຳນວນມື້ເຮັດວຽກຕໍ່ເດືອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non-wage costs</source>
        <translation>ຄ່າໃຊ້ຈ່າຍທີ່ບໍ່ແມ່ນຄ່າຈ້າງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost per person a year</source>
        <translation>ຄ່າໃຊ້ຈ່າຍຕໍ່ຄົນຕໍ່ປີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health inflation above prices</source>
        <translation>ອັດຕາເງິນເຟີ້ດ້ານສຸຂະພາບທີ່ສູງກວ່າລາຄາທົ່ວໄປ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health workers per 1,000, target</source>
        <translation>ພະນັກງານສາທາລະນະສຸກຕໍ່ 1.000 ຄົນ, ເປົ້າໝາຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health workers per 1,000, today</source>
        <translation>ພະນັກງານສາທາລະນະສຸກຕໍ່ 1.000 ຄົນ, ປັດຈຸບັນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>salary, times average wage</source>
        <translation>ເງິນເດືອນ, ເທົ່າຂອງຄ່າຈ້າງສະເລ່ຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non-staff costs</source>
        <translation>ຄ່າໃຊ້ຈ່າຍທີ່ບໍ່ແມ່ນບຸກຄະລາກອນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rationale</source>
        <translation>ເຫດຜົນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source of the numbers</source>
        <translation>ແຫຼ່ງທີ່ມາຂອງຕົວເລກ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scenarios</source>
        <translation>ສະຖານະການສົມມຸດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fiscal space, % of GDP</source>
        <translation>ຊ່ອງຫວ່າງທາງງົບປະມານ, % ຕໍ່ GDP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>existing provision</source>
        <translation>ມາດຕະການທີ່ມີຢູ່ແລ້ວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>policy gap</source>
        <translation>ຊ່ອງຫວ່າງທາງນະໂຍບາຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>implementation issue</source>
        <translation>ບັນຫາໃນການຈັດຕັ້ງປະຕິບັດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recommendation</source>
        <translation>ຂໍ້ສະເໜີແນະ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>costable</source>
        <translation>ຄິດໄລ່ຄ່າໃຊ້ຈ່າຍໄດ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linked scenarios</source>
        <translation>ສະຖານະການສົມມຸດທີ່ເຊື່ອມໂຍງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>priority</source>
        <translation>ບູລິມະສິດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agencies</source>
        <translation>ພາກສ່ວນຮັບຜິດຊອບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status date</source>
        <translation>ວັນທີຂອງສະຖານະ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percent</source>
        <translation>ເປີເຊັນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount a month</source>
        <translation>ຈຳນວນຕໍ່ເດືອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anchored on</source>
        <translation>ອີງໃສ່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indexed on</source>
        <translation>ປັບຕາມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tiers</source>
        <translation>ຂັ້ນຕາມອາຍຸ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start</source>
        <translation>ເລີ່ມຕົ້ນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target</source>
        <translation>ເປົ້າໝາຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start year</source>
        <translation>ປີເລີ່ມຕົ້ນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target year</source>
        <translation>ປີເປົ້າໝາຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>ຄ່າ</translation>
    </message>
    <message>
        <location filename="../../gui/common/field_labels.py" line="+73"/>
        <source>(none)</source>
        <translation>(ບໍ່ມີ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>ແມ່ນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>ບໍ່</translation>
    </message>
</context>
<context>
    <name>FiscalYearPicker</name>
    <message>
        <location filename="../../gui/country/fiscal.py" line="+16"/>
        <source>January (the calendar year)</source>
        <translation>ມັງກອນ (ປີປະຕິທິນ)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Results per fiscal year, each named by the calendar year in which it ends: {first} to {end}. {source}</source>
        <translation>ຜົນໄດ້ຮັບຕາມສົກປີງົບປະມານ, ແຕ່ລະສົກປີເອີ້ນຕາມປີປະຕິທິນທີ່ມັນສິ້ນສຸດ: {first} ຫາ {end}. {source}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results per calendar year. {source}</source>
        <translation>ຜົນໄດ້ຮັບຕາມປີປະຕິທິນ. {source}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set the fiscal year</source>
        <translation>ກຳນົດສົກປີງົບປະມານ</translation>
    </message>
</context>
<context>
    <name>GroupWork</name>
    <message>
        <location filename="../../gui/shell/group_work.py" line="+42"/>
        <source>Your name</source>
        <translation>ຊື່ຂອງທ່ານ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name, as the project&apos;s history will show it with each of your edits
(when several people work on copies of one project):</source>
        <translation>ຊື່ຂອງທ່ານ ທີ່ປະຫວັດຂອງໂປຣເຈັກຈະສະແດງກັບທຸກການແກ້ໄຂຂອງທ່ານ
(ເມື່ອຫຼາຍຄົນເຮັດວຽກຢູ່ໃນສຳເນົາຂອງໂປຣເຈັກດຽວກັນ):</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+12"/>
        <source>Merge changes from another copy</source>
        <translatorcomment>Lao ລວມ (combine) for merge: native review</translatorcomment>
        <translation>ລວມການປ່ຽນແປງຈາກສຳເນົາອື່ນ</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>ABND project (*.abnd)</source>
        <translation>ໂປຣເຈັກ ABND (*.abnd)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing to merge: this project already holds everything in {file}.</source>
        <translation>ບໍ່ມີຫຍັງຕ້ອງລວມ: ໂປຣເຈັກນີ້ມີທຸກຢ່າງທີ່ຢູ່ໃນ {file} ແລ້ວ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Merge changes from {file}</source>
        <translation>ລວມການປ່ຽນແປງຈາກ {file}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merged {file}: Edit &gt; Undo takes the whole merge back.</source>
        <translation>ລວມ {file} ແລ້ວ: ແກ້ໄຂ &gt; ຍ້ອນຄືນ ຈະຍົກເລີກການລວມທັງໝົດ.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cannot open the version</source>
        <translation>ເປີດສະບັບນີ້ບໍ່ໄດ້</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>version {number} &quot;{name}&quot;, {when}</source>
        <translation>ສະບັບທີ {number} &quot;{name}&quot;, {when}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export the version&apos;s report</source>
        <translation>ສົ່ງອອກບົດລາຍງານຂອງສະບັບນີ້</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ABND report (*.pdf);;ABND report, editable (*.odt)</source>
        <translation>ບົດລາຍງານ ABND (*.pdf);;ບົດລາຍງານ ABND, ແກ້ໄຂໄດ້ (*.odt)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot export</source>
        <translation>ບໍ່ສາມາດສົ່ງອອກໄດ້</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to {path}</source>
        <translation>ສົ່ງອອກໄປທີ່ {path} ແລ້ວ</translation>
    </message>
</context>
<context>
    <name>HistoryMenu</name>
    <message>
        <location filename="../../gui/common/history_menu.py" line="+20"/>
        <source>History of this field</source>
        <translation>ປະຫວັດຂອງຂໍ້ມູນນີ້</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../gui/history/model.py" line="+34"/>
        <source>When</source>
        <translation>ເວລາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>ຜູ້ແກ້ໄຂ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>ຂໍ້ມູນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>ກ່ອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>ຫຼັງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit and comment</source>
        <translation>ການແກ້ໄຂ ແລະ ຄຳເຫັນ</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Population: {count} cells</source>
        <translation>ພົນລະເມືອງ: {count} ຊ່ອງ</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>(unknown)</source>
        <translation>(ບໍ່ຮູ້)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(from {file})</source>
        <translation>(ຈາກ {file})</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../gui/history/panel.py" line="+43"/>
        <source>Field: a name or a path</source>
        <translation>ຂໍ້ມູນ: ຊື່ ຫຼື ເສັ້ນທາງ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words of a field&apos;s name, or its path (e.g. scenarios.child-benefit)</source>
        <translation>ຄຳໃນຊື່ຂອງຂໍ້ມູນ ຫຼື ເສັ້ນທາງຂອງມັນ (ເຊັ່ນ scenarios.child-benefit)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Comment...</source>
        <translation>ຄຳເຫັນ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why the selected edit was made</source>
        <translation>ບອກເຫດຜົນຂອງການແກ້ໄຂທີ່ເລືອກ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>All guarantees</source>
        <translation>ທຸກການຄໍ້າປະກັນ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All scenarios</source>
        <translation>ທຸກສະຖານະການສົມມຸດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone</source>
        <translation>ທຸກຄົນ</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n change(s) shown</source>
        <translation>
            <numerusform>ສະແດງ %n ການປ່ຽນແປງ</numerusform>
            <numerusform>ສະແດງ %n ການປ່ຽນແປງ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No edits recorded yet</source>
        <translation>ຍັງບໍ່ມີການແກ້ໄຂທີ່ບັນທຶກໄວ້</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select an edit first</source>
        <translation>ເລືອກການແກ້ໄຂກ່ອນ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why this edit</source>
        <translation>ເຫດຜົນຂອງການແກ້ໄຂ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why was it made? (e.g. &quot;per MoF letter of 3 May&quot;)</source>
        <translation>ເປັນຫຍັງຈຶ່ງແກ້ໄຂ? (ເຊັ່ນ &quot;ຕາມໜັງສືຂອງກະຊວງການເງິນ ລົງວັນທີ 3 ພຶດສະພາ&quot;)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../gui/common/labels.py" line="+13"/>
        <source>Health care</source>
        <translation>ການປິ່ນປົວສຸຂະພາບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children</source>
        <translation>ເດັກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working age</source>
        <translatorcomment>Native review: ຜູ້ຢູ່ໃນໄວອອກແຮງງານ is proposed (glossary: persons of working age), composed (ໄວ + ອອກແຮງງານ); name of the third guarantee.</translatorcomment>
        <translation>ຜູ້ຢູ່ໃນໄວອອກແຮງງານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elderly</source>
        <translation>ຜູ້ສູງອາຍຸ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>real GDP growth</source>
        <translation>ການຂະຫຍາຍຕົວຂອງ GDP ຕົວຈິງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inflation (CPI and GDP deflator)</source>
        <translatorcomment>Native review: ດັດຊະນີລາຄາຜູ້ບໍລິໂພກ is proposed (glossary: consumer price index (CPI)), composed, no Lao page seen.
Native review: ຕົວປັບລາຄາ GDP (deflator) is proposed (glossary: GDP deflator), no Lao term found, the English word is kept in brackets.</translatorcomment>
        <translation>ອັດຕາເງິນເຟີ້ (ດັດຊະນີລາຄາຜູ້ບໍລິໂພກ ແລະ ຕົວປັບລາຄາ GDP (deflator))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take-up</source>
        <translatorcomment>Native review: ອັດຕາການເຂົ້າຮັບສິດ is proposed (glossary: take-up rate), composed, no Lao source for take-up.</translatorcomment>
        <translation>ອັດຕາການເຂົ້າຮັບສິດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>benefit level</source>
        <translation>ລະດັບເງິນອຸດໜູນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administration rate</source>
        <translatorcomment>Native review: ຄ່າໃຊ້ຈ່າຍໃນການບໍລິຫານ is proposed (glossary: administrative cost), composed.</translatorcomment>
        <translation>ອັດຕາຄ່າໃຊ້ຈ່າຍໃນການບໍລິຫານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>population (WPP 2024 bounds)</source>
        <translation>ພົນລະເມືອງ (ຂອບເຂດຂອງ WPP 2024)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>draft</source>
        <translation>ຮ່າງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discussed</source>
        <translatorcomment>Lao term composed; needs a native reviewer</translatorcomment>
        <translation>ປຶກສາຫາລືແລ້ວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validated</source>
        <translation>ຜ່ານການກວດສອບແລ້ວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>endorsed</source>
        <translation>ຮັບຮອງແລ້ວ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/shell/main_window.py" line="+58"/>
        <source>History</source>
        <translation>ປະຫວັດການແກ້ໄຂ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot open the project</source>
        <translation>ບໍ່ສາມາດເປີດໂປຣເຈັກໄດ້</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opened read-only</source>
        <translation>ເປີດແບບອ່ານຢ່າງດຽວ</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+212"/>
        <source>Assessment matrix</source>
        <translatorcomment>Native review: ຕາຕະລາງການປະເມີນ is proposed (glossary: assessment matrix), composed (ຕາຕະລາງ + ການປະເມີນ) instead of the loanword ມາຕຣິກ.</translatorcomment>
        <translation>ຕາຕະລາງການປະເມີນ</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+210"/>
        <source>Country data</source>
        <translation>ຂໍ້ມູນປະເທດ</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+210"/>
        <source>Scenarios</source>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>ສະຖານະການສົມມຸດ</translation>
    </message>
    <message>
        <location line="-207"/>
        <location line="+208"/>
        <source>Results</source>
        <translation>ຜົນໄດ້ຮັບ</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+3"/>
        <source>Recalculating...</source>
        <translation>ກຳລັງຄິດໄລ່ຄືນ…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>ABND Studio</source>
        <translation>ABND Studio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}, {version} (read-only) — ABND Studio</source>
        <translation>{name}, {version} (ອ່ານຢ່າງດຽວ) — ABND Studio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} (read-only) — ABND Studio</source>
        <translation>{name} (ອ່ານຢ່າງດຽວ) — ABND Studio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} — ABND Studio</source>
        <translation>{name} — ABND Studio</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;File</source>
        <translation>ໄຟລ໌ (&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New from country...</source>
        <translation>ໂປຣເຈັກໃໝ່ຈາກຂໍ້ມູນປະເທດ (&amp;N)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open...</source>
        <translation>ເປີດ (&amp;O)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;recent</source>
        <translation>ເປີດໄຟລ໌ຫຼ້າສຸດ (&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;As...</source>
        <translation>ບັນທຶກເປັນ (&amp;A)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Merge changes from another copy...</source>
        <translation>ລວມການປ່ຽນແປງຈາກສຳເນົາອື່ນ (&amp;M)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a &amp;version...</source>
        <translation>ບັນທຶກສະບັບ (&amp;V)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Versions...</source>
        <translation>ສະບັບຕ່າງໆ (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare...</source>
        <translation>ປຽບທຽບ (&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import data...</source>
        <translation>ນຳເຂົ້າຂໍ້ມູນ (&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export...</source>
        <translation>ສົ່ງອອກ (&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>ອອກ (&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>ແກ້ໄຂ (&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+119"/>
        <source>Undo</source>
        <translation>ຍ້ອນຄືນ</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+119"/>
        <source>Redo</source>
        <translation>ເຮັດຄືນ</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Cu&amp;t</source>
        <translation>ຕັດ (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>ສຳເນົາ (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>ວາງ (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>ລຶບ (&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your &amp;name...</source>
        <translation>ຊື່ຂອງທ່ານ (&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>ມຸມມອງ (&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Larger text</source>
        <translation>ຕົວໜັງສືໃຫຍ່ຂຶ້ນ (&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Smaller text</source>
        <translation>ຕົວໜັງສືນ້ອຍລົງ (&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Normal text size</source>
        <translation>ຂະໜາດຕົວໜັງສືປົກກະຕິ (&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La&amp;nguage</source>
        <translation>ພາສາ (&amp;N)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Workshop mode</source>
        <translatorcomment>Native review: ໂໝດກອງປະຊຸມ is not in the glossary (workshop mode), loanword ໂໝດ + ກອງປະຊຸມ (glossary: workshop).</translatorcomment>
        <translation>ໂໝດກອງປະຊຸມ (&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>ປະຫວັດການແກ້ໄຂ (&amp;H)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Help</source>
        <translation>ຊ່ວຍເຫຼືອ (&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User guide</source>
        <translation>ຄູ່ມືຜູ້ໃຊ້ (&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About ABND Studio</source>
        <translation>ກ່ຽວກັບ ABND Studio (&amp;A)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Nothing was changed</source>
        <translation>ບໍ່ມີການປ່ຽນແປງ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Undo {action}</source>
        <translation>ຍ້ອນຄືນ: {action}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo {action}</source>
        <translation>ເຮັດຄືນ: {action}</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../gui/matrix/model.py" line="+61"/>
        <source>Guarantee</source>
        <translation>ການຄໍ້າປະກັນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Existing provision</source>
        <translatorcomment>Native review: ມາດຕະການທີ່ມີຢູ່ແລ້ວ is proposed (glossary: existing provisions (matrix column)), composed; ມາດຕະການ is attested in the Social Security Law.</translatorcomment>
        <translation>ມາດຕະການທີ່ມີຢູ່ແລ້ວ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy gap</source>
        <translatorcomment>Native review: ຊ່ອງຫວ່າງທາງນະໂຍບາຍ is proposed (glossary: policy gaps (matrix column)), composed.</translatorcomment>
        <translation>ຊ່ອງຫວ່າງທາງນະໂຍບາຍ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Implementation issue</source>
        <translation>ບັນຫາໃນການຈັດຕັ້ງປະຕິບັດ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommendation</source>
        <translatorcomment>Native review: ຂໍ້ສະເໜີແນະ is proposed (glossary: recommendations (matrix column)), usual report word, not seen on a page; ຂໍ້ແນະນໍາ is kept for the ILO Recommendation.</translatorcomment>
        <translation>ຂໍ້ສະເໜີແນະ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costable</source>
        <translatorcomment>Native review: ຄ່າໃຊ້ຈ່າຍ is proposed (glossary: cost), the usual word, but no page using it was recorded.</translatorcomment>
        <translation>ຄິດໄລ່ຄ່າໃຊ້ຈ່າຍໄດ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked scenarios</source>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>ສະຖານະການສົມມຸດທີ່ເຊື່ອມໂຍງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of GDP</source>
        <translation>% ຕໍ່ GDP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>ບູລິມະສິດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agencies</source>
        <translatorcomment>Native review: ພາກສ່ວນຮັບຜິດຊອບ is not in the glossary (agencies (matrix column)), composed on ພາກສ່ວນກ່ຽວຂ້ອງ (glossary: stakeholders).</translatorcomment>
        <translation>ພາກສ່ວນຮັບຜິດຊອບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+162"/>
        <source>yes</source>
        <translation>ແມ່ນ</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+168"/>
        <source>no</source>
        <translation>ບໍ່</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Click to open the scenario.</source>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>ຄລິກເພື່ອເປີດສະຖານະການສົມມຸດ.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Edit {column}</source>
        <translation>ແກ້ໄຂຖັນ {column}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Paste</source>
        <translation>ວາງ</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Costable: &quot;{text}&quot; is not yes or no</source>
        <translatorcomment>Native review: ຄ່າໃຊ້ຈ່າຍ is proposed (glossary: cost), the usual word, but no page using it was recorded.</translatorcomment>
        <translation>ຄິດໄລ່ຄ່າໃຊ້ຈ່າຍໄດ້: &quot;{text}&quot; ບໍ່ແມ່ນ &quot;ແມ່ນ&quot; ຫຼື &quot;ບໍ່&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;{text}&quot; is not a status (draft, discussed, validated or endorsed)</source>
        <translation>&quot;{text}&quot; ບໍ່ແມ່ນສະຖານະ (ຮ່າງ, ປຶກສາຫາລືແລ້ວ, ຜ່ານການກວດສອບແລ້ວ ຫຼື ຮັບຮອງແລ້ວ)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;{text}&quot; is not a guarantee (health care, children, working age or elderly)</source>
        <translatorcomment>Native review: ຜູ້ຢູ່ໃນໄວອອກແຮງງານ is proposed (glossary: persons of working age), composed (ໄວ + ອອກແຮງງານ); name of the third guarantee.</translatorcomment>
        <translation>&quot;{text}&quot; ບໍ່ແມ່ນການຄໍ້າປະກັນ (ການປິ່ນປົວສຸຂະພາບ, ເດັກ, ຜູ້ຢູ່ໃນໄວອອກແຮງງານ ຫຼື ຜູ້ສູງອາຍຸ)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Priority: &quot;{text}&quot; is not a whole number</source>
        <translation>ບູລິມະສິດ: &quot;{text}&quot; ບໍ່ແມ່ນຈຳນວນເຕັມ</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <location filename="../../gui/matrix/tab.py" line="+200"/>
        <location line="+115"/>
        <source>Add row</source>
        <translation>ເພີ່ມແຖວ</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Add a row below the current one (Ctrl+Ins)</source>
        <translation>ເພີ່ມແຖວໃໝ່ຢູ່ລຸ່ມແຖວປັດຈຸບັນ (Ctrl+Ins)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete rows</source>
        <translation>ລຶບແຖວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected rows (Ctrl+Del)</source>
        <translation>ລຶບແຖວທີ່ເລືອກ (Ctrl+Del)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move up</source>
        <translation>ຍ້າຍຂຶ້ນ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the row up (Ctrl+Up)</source>
        <translation>ຍ້າຍແຖວຂຶ້ນ (Ctrl+Up)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>ຍ້າຍລົງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the row down (Ctrl+Down)</source>
        <translation>ຍ້າຍແຖວລົງ (Ctrl+Down)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Guarantee:</source>
        <translation>ການຄໍ້າປະກັນ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All guarantees</source>
        <translation>ທຸກການຄໍ້າປະກັນ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the rows at one step of the consultation</source>
        <translation>ສະແດງແຖວທີ່ຢູ່ໃນຂັ້ນຕອນໜຶ່ງຂອງການປຶກສາຫາລື</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>ທຸກສະຖານະ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search the matrix</source>
        <translatorcomment>Native review: ຕາຕະລາງການປະເມີນ is proposed (glossary: assessment matrix), composed (ຕາຕະລາງ + ການປະເມີນ) instead of the loanword ມາຕຣິກ.</translatorcomment>
        <translation>ຄົ້ນຫາໃນຕາຕະລາງການປະເມີນ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Costs in:</source>
        <translatorcomment>Native review: ຄ່າໃຊ້ຈ່າຍ is proposed (glossary: cost), the usual word, but no page using it was recorded.</translatorcomment>
        <translation>ຄ່າໃຊ້ຈ່າຍໃນປີ:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The year whose cost the matrix shows</source>
        <translatorcomment>Native review: ຕາຕະລາງການປະເມີນ is proposed (glossary: assessment matrix), composed (ຕາຕະລາງ + ການປະເມີນ) instead of the loanword ມາຕຣິກ.
Native review: ຄ່າໃຊ້ຈ່າຍ is proposed (glossary: cost), the usual word, but no page using it was recorded.</translatorcomment>
        <translation>ປີທີ່ຕາຕະລາງການປະເມີນສະແດງຄ່າໃຊ້ຈ່າຍ</translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>ລຶບ %n ແຖວ</numerusform>
            <numerusform>ລຶບ %n ແຖວ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move row</source>
        <translation>ຍ້າຍແຖວ</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Clear cells</source>
        <translatorcomment>Native review: ຫ້ອງຕາຕະລາງ is not in the glossary (cells (of a table)), check LibreOffice Calc Lao.</translatorcomment>
        <translation>ລ້າງຂໍ້ມູນໃນຫ້ອງຕາຕະລາງ</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../gui/history/merge_dialog.py" line="+48"/>
        <source>Merge changes from {file}</source>
        <translation>ລວມການປ່ຽນແປງຈາກ {file}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Field</source>
        <translation>ຂໍ້ມູນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base</source>
        <translation>ພື້ນຖານຮ່ວມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Mine</source>
        <translation>ສຳເນົານີ້</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+93"/>
        <source>Theirs</source>
        <translation>ສຳເນົາອື່ນ</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Keep</source>
        <translation>ເກັບໄວ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typed value</source>
        <translation>ຄ່າທີ່ພິມ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Keep mine everywhere</source>
        <translation>ເກັບຂອງສຳເນົານີ້ທັງໝົດ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take theirs everywhere</source>
        <translation>ເອົາຂອງສຳເນົາອື່ນທັງໝົດ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge</source>
        <translation>ລວມ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>From {file}:</source>
        <translation>ຈາກ {file}:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) merge by themselves.</source>
        <translation>
            <numerusform>ການປ່ຽນແປງ %n ລາຍການລວມເຂົ້າເອງໄດ້.</numerusform>
            <numerusform>ການປ່ຽນແປງ %n ລາຍການລວມເຂົ້າເອງໄດ້.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n edit(s) of its history come with them.</source>
        <translation>
            <numerusform>ການແກ້ໄຂ %n ລາຍການໃນປະຫວັດຂອງມັນມາພ້ອມກັນ.</numerusform>
            <numerusform>ການແກ້ໄຂ %n ລາຍການໃນປະຫວັດຂອງມັນມາພ້ອມກັນ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n field(s) were changed differently here and there: choose what to keep for each.</source>
        <translation>
            <numerusform>ຂໍ້ມູນ %n ລາຍການຖືກແກ້ໄຂຕ່າງກັນຢູ່ທີ່ນີ້ ແລະ ຢູ່ທີ່ນັ້ນ: ເລືອກວ່າຈະເກັບອັນໃດໄວ້ສຳລັບແຕ່ລະລາຍການ.</numerusform>
            <numerusform>ຂໍ້ມູນ %n ລາຍການຖືກແກ້ໄຂຕ່າງກັນຢູ່ທີ່ນີ້ ແລະ ຢູ່ທີ່ນັ້ນ: ເລືອກວ່າຈະເກັບອັນໃດໄວ້ສຳລັບແຕ່ລະລາຍການ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The merge is one edit: Edit &gt; Undo takes it all back.</source>
        <translation>ການລວມແມ່ນການແກ້ໄຂດຽວ: ແກ້ໄຂ &gt; ຍ້ອນຄືນ ຈະຍົກເລີກທັງໝົດ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+3"/>
        <source>Delete it</source>
        <translation>ລຶບອອກ</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Keep it, edited</source>
        <translation>ເກັບໄວ້ ພ້ອມການແກ້ໄຂ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type a value</source>
        <translation>ພິມຄ່າໃໝ່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the value to keep</source>
        <translation>ຄ່າທີ່ຈະເກັບໄວ້</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>deleted</source>
        <translation>ຖືກລຶບ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>edited</source>
        <translation>ຖືກແກ້ໄຂ</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{field}: type the value as the other two are written</source>
        <translation>{field}: ພິມຄ່າໃຫ້ຄືກັບອີກສອງຄ່າທີ່ຂຽນໄວ້</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <location filename="../../engine/domain/months.py" line="+11"/>
        <source>January</source>
        <translation>ມັງກອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>ກຸມພາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>ມີນາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>ເມສາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>ພຶດສະພາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>ມິຖຸນາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>ກໍລະກົດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>ສິງຫາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>ກັນຍາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>ຕຸລາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>ພະຈິກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>ທັນວາ</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../gui/common/numbers.py" line="+70"/>
        <source>&quot;{text}&quot;: this field is not in percent; type the number alone</source>
        <translation>&quot;{text}&quot;: ຊ່ອງນີ້ບໍ່ໄດ້ເປັນສ່ວນຮ້ອຍ; ພິມສະເພາະຕົວເລກ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is empty; type a number</source>
        <translation>ຫວ່າງເປົ່າ; ກະລຸນາພິມຕົວເລກ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;{text}&quot; is not a whole number</source>
        <translation>&quot;{text}&quot; ບໍ່ແມ່ນຈຳນວນເຕັມ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} ຕ່ຳກວ່າຄ່າຕ່ຳສຸດ {minimum}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} ສູງກວ່າຄ່າສູງສຸດ {maximum}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;{text}&quot; is not a number here: decimals follow &quot;{decimal}&quot; (e.g. {example})</source>
        <translation>&quot;{text}&quot; ບໍ່ແມ່ນຕົວເລກໃນທີ່ນີ້: ຕົວແຍກທົດສະນິຍົມແມ່ນ &quot;{decimal}&quot; (ເຊັ່ນ {example})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{text}&quot; is not a number: check the thousands separator (&quot;{group}&quot;)</source>
        <translation>&quot;{text}&quot; ບໍ່ແມ່ນຕົວເລກ: ກວດເບິ່ງຕົວແຍກຫຼັກພັນ (&quot;{group}&quot;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{text}&quot; is not a number</source>
        <translation>&quot;{text}&quot; ບໍ່ແມ່ນຕົວເລກ</translation>
    </message>
</context>
<context>
    <name>PackagesEditor</name>
    <message>
        <location filename="../../gui/scenarios/packages_editor.py" line="+42"/>
        <source>in % of GDP, e.g. 1 %, or 2026: 0.5 %; 2030: 1.5 %</source>
        <translation>ເປັນ % ຕໍ່ GDP, ເຊັ່ນ 1&#xa0;%, ຫຼື 2026: 0,5&#xa0;%; 2030: 1,5&#xa0;%</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+116"/>
        <location line="+2"/>
        <source>New package</source>
        <translatorcomment>Native review: ຊຸດສິດທິປະໂຫຍດ is proposed (glossary: package (of benefits)), composed (ຊຸດ + ສິດທິປະໂຫຍດ), no Lao source.</translatorcomment>
        <translation>ຊຸດສິດທິປະໂຫຍດໃໝ່</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+125"/>
        <source>Delete package</source>
        <translatorcomment>Native review: ຊຸດສິດທິປະໂຫຍດ is proposed (glossary: package (of benefits)), composed (ຊຸດ + ສິດທິປະໂຫຍດ), no Lao source.</translatorcomment>
        <translation>ລຶບຊຸດສິດທິປະໂຫຍດ</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Package:</source>
        <translatorcomment>Native review: ຊຸດສິດທິປະໂຫຍດ is proposed (glossary: package (of benefits)), composed (ຊຸດ + ສິດທິປະໂຫຍດ), no Lao source.</translatorcomment>
        <translation>ຊຸດສິດທິປະໂຫຍດ:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal space, % of GDP</source>
        <translatorcomment>Native review: ຊ່ອງຫວ່າງທາງງົບປະມານ is proposed (glossary: fiscal space), composed, no Lao term found.</translatorcomment>
        <translation>ຊ່ອງຫວ່າງທາງງົບປະມານ, % ຕໍ່ GDP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenarios in it</source>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>ສະຖານະການສົມມຸດທີ່ຢູ່ໃນຊຸດ</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>In {year} the package costs {pct} of GDP.</source>
        <translatorcomment>Native review: ຊຸດສິດທິປະໂຫຍດ is proposed (glossary: package (of benefits)), composed (ຊຸດ + ສິດທິປະໂຫຍດ), no Lao source.
Native review: ຄ່າໃຊ້ຈ່າຍ is proposed (glossary: cost), the usual word, but no page using it was recorded.</translatorcomment>
        <translation>ໃນປີ {year} ຊຸດສິດທິປະໂຫຍດນີ້ມີຄ່າໃຊ້ຈ່າຍ {pct} ຕໍ່ GDP.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fiscal space left: {gap} of GDP.</source>
        <translatorcomment>Native review: ຊ່ອງຫວ່າງທາງງົບປະມານ is proposed (glossary: fiscal space), composed, no Lao term found.</translatorcomment>
        <translation>ຊ່ອງຫວ່າງທາງງົບປະມານທີ່ເຫຼືອ: {gap} ຕໍ່ GDP.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit package</source>
        <translatorcomment>Native review: ຊຸດສິດທິປະໂຫຍດ is proposed (glossary: package (of benefits)), composed (ຊຸດ + ສິດທິປະໂຫຍດ), no Lao source.</translatorcomment>
        <translation>ແກ້ໄຂຊຸດສິດທິປະໂຫຍດ</translation>
    </message>
</context>
<context>
    <name>ProjectDocument</name>
    <message>
        <location filename="../../gui/document/project_document.py" line="+129"/>
        <source>Undo: {label}</source>
        <translation>ຍ້ອນຄືນ: {label}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not undo &quot;{label}&quot;</source>
        <translation>ບໍ່ສາມາດຍ້ອນຄືນ &quot;{label}&quot; ໄດ້</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Redo: {label}</source>
        <translation>ເຮັດຄືນ: {label}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not redo &quot;{label}&quot;</source>
        <translation>ບໍ່ສາມາດເຮັດຄືນ &quot;{label}&quot; ໄດ້</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{what}: {reason}. The project is as it was.</source>
        <translation>{what}: {reason}. ໂປຣເຈັກຍັງຄືເກົ່າ.</translation>
    </message>
</context>
<context>
    <name>Pyramid</name>
    <message>
        <location filename="../../gui/common/pyramid.py" line="+29"/>
        <source>Age</source>
        <translation>ອາຍຸ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons (men left, women right)</source>
        <translation>ຈຳນວນຄົນ (ເພດຊາຍຢູ່ເບື້ອງຊ້າຍ, ເພດຍິງຢູ່ເບື້ອງຂວາ)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Men</source>
        <translation>ເພດຊາຍ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Women</source>
        <translation>ເພດຍິງ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Population by age and sex, {year}</source>
        <translation>ພົນລະເມືອງຕາມອາຍຸ ແລະ ເພດ, ປີ {year}</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../gui/shell/language.py" line="+52"/>
        <source>&amp;Select All</source>
        <translation>ເລືອກທັງໝົດ (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>ເພີ່ມຂຶ້ນ (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>ຫຼຸດລົງ (&amp;D)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-16"/>
        <source>&amp;Undo</source>
        <translation>ຍ້ອນຄືນ (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>ເຮັດຄືນ (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>ຕັດ (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>ສຳເນົາ (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>ວາງ (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>ເລືອກທັງໝົດ</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+11"/>
        <source>Show Details...</source>
        <translation>ສະແດງລາຍລະອຽດ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>ເຊື່ອງລາຍລະອຽດ…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-29"/>
        <source>OK</source>
        <translation>ຕົກລົງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>ເປີດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>ນຳໃຊ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>ຍົກເລີກການປ່ຽນແປງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>ຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>ແມ່ນ (&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>ບໍ່ (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>ຄືນຄ່າ</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>ຍ້ອນຄືນ (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>ເຮັດຄືນ (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>ຕັດ (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>ສຳເນົາ (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>ວາງ (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>ເລືອກທັງໝົດ</translation>
    </message>
</context>
<context>
    <name>RangesDialog</name>
    <message>
        <location filename="../../gui/results/uncertainty_panel.py" line="+98"/>
        <source>Uncertainty ranges</source>
        <translatorcomment>Native review: ຄວາມບໍ່ແນ່ນອນ is proposed (glossary: uncertainty), composed.</translatorcomment>
        <translation>ຂອບເຂດຄວາມບໍ່ແນ່ນອນ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assumption</source>
        <translation>ຂໍ້ສົມມຸດຖານ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low</source>
        <translation>ຄ່າຕ່ຳ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High</source>
        <translation>ຄ່າສູງ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distribution</source>
        <translation>ການແຈກຢາຍ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>triangular</source>
        <translation>ແບບສາມຫຼ່ຽມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uniform</source>
        <translation>ແບບສະໝ່ຳສະເໝີ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>points</source>
        <translatorcomment>Native review: ຈຸດສ່ວນຮ້ອຍ is not in the glossary (percentage points), composed.</translatorcomment>
        <translation>ຈຸດສ່ວນຮ້ອຍ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>of the 95 % bounds</source>
        <translation>ຂອງຂອບເຂດ 95&#xa0;%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Draws</source>
        <translatorcomment>Native review: ການສຸ່ມ is not in the glossary (draws (of the simulation)), ການສຸ່ມ = random sampling.</translatorcomment>
        <translation>ຈຳນວນການສຸ່ມ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed (same seed, same bands)</source>
        <translatorcomment>Native review: ເລກ seed is not in the glossary (random seed), English word kept.
Native review: ການສຸ່ມ is not in the glossary (draws (of the simulation)), ການສຸ່ມ = random sampling.</translatorcomment>
        <translation>ເລກ seed ຂອງການສຸ່ມ (seed ດຽວກັນ ໄດ້ແຖບດຽວກັນ)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set a range to 0 .. 0 to keep an assumption fixed.</source>
        <translation>ຕັ້ງຂອບເຂດເປັນ 0 .. 0 ເພື່ອໃຫ້ຂໍ້ສົມມຸດຖານຄົງທີ່.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit uncertainty ranges</source>
        <translatorcomment>Native review: ຄວາມບໍ່ແນ່ນອນ is proposed (glossary: uncertainty), composed.</translatorcomment>
        <translation>ແກ້ໄຂຂອບເຂດຄວາມບໍ່ແນ່ນອນ</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../engine/report/compose.py" line="+47"/>
        <source>Health care</source>
        <translation>ການປິ່ນປົວສຸຂະພາບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children</source>
        <translation>ເດັກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working age</source>
        <translatorcomment>Native review: ຜູ້ຢູ່ໃນໄວອອກແຮງງານ is proposed (glossary: persons of working age), composed (ໄວ + ອອກແຮງງານ); name of the third guarantee.</translatorcomment>
        <translation>ຜູ້ຢູ່ໃນໄວອອກແຮງງານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elderly</source>
        <translation>ຜູ້ສູງອາຍຸ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Assessment Based National Dialogue on the Social Protection Floor</source>
        <translatorcomment>Native review: ການປຶກສາຫາລືລະດັບຊາດ ໂດຍອີງໃສ່ການປະເມີນ is proposed (glossary: Assessment Based National Dialogue (ABND)), no Lao rendering found; the acronym ABND is kept beside it.</translatorcomment>
        <translation>ການປຶກສາຫາລືລະດັບຊາດ ໂດຍອີງໃສ່ການປະເມີນ (ABND) ກ່ຽວກັບການປົກປ້ອງສັງຄົມຂັ້ນພື້ນຖານ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>costs in {currency}</source>
        <translatorcomment>Native review: ຄ່າໃຊ້ຈ່າຍ is proposed (glossary: cost), the usual word, but no page using it was recorded.</translatorcomment>
        <translation>ຄ່າໃຊ້ຈ່າຍເປັນ {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared with ABND Studio {version}, {date}</source>
        <translation>ຈັດທຳດ້ວຍ ABND Studio {version}, {date}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Assessment matrix</source>
        <translatorcomment>Native review: ຕາຕະລາງການປະເມີນ is proposed (glossary: assessment matrix), composed (ຕາຕະລາງ + ການປະເມີນ) instead of the loanword ມາຕຣິກ.</translatorcomment>
        <translation>ຕາຕະລາງການປະເມີນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Existing provision</source>
        <translatorcomment>Native review: ມາດຕະການທີ່ມີຢູ່ແລ້ວ is proposed (glossary: existing provisions (matrix column)), composed; ມາດຕະການ is attested in the Social Security Law.</translatorcomment>
        <translation>ມາດຕະການທີ່ມີຢູ່ແລ້ວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy gap</source>
        <translatorcomment>Native review: ຊ່ອງຫວ່າງທາງນະໂຍບາຍ is proposed (glossary: policy gaps (matrix column)), composed.</translatorcomment>
        <translation>ຊ່ອງຫວ່າງທາງນະໂຍບາຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation issue</source>
        <translation>ບັນຫາໃນການຈັດຕັ້ງປະຕິບັດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translatorcomment>Native review: ຂໍ້ສະເໜີແນະ is proposed (glossary: recommendations (matrix column)), usual report word, not seen on a page; ຂໍ້ແນະນໍາ is kept for the ILO Recommendation.</translatorcomment>
        <translation>ຂໍ້ສະເໜີແນະ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>ບູລິມະສິດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agencies</source>
        <translatorcomment>Native review: ພາກສ່ວນຮັບຜິດຊອບ is not in the glossary (agencies (matrix column)), composed on ພາກສ່ວນກ່ຽວຂ້ອງ (glossary: stakeholders).</translatorcomment>
        <translation>ພາກສ່ວນຮັບຜິດຊອບ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>costed</source>
        <translatorcomment>Native review: ຄ່າໃຊ້ຈ່າຍ is proposed (glossary: cost), the usual word, but no page using it was recorded.</translatorcomment>
        <translation>ຄິດໄລ່ຄ່າໃຊ້ຈ່າຍແລ້ວ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Real GDP growth (%)</source>
        <translation>ການຂະຫຍາຍຕົວຂອງ GDP ຕົວຈິງ (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDP deflator growth (%)</source>
        <translatorcomment>Native review: ຕົວປັບລາຄາ GDP (deflator) is proposed (glossary: GDP deflator), no Lao term found, the English word is kept in brackets.</translatorcomment>
        <translation>ການຂະຫຍາຍຕົວຂອງຕົວປັບລາຄາ GDP (deflator) (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPI inflation (%)</source>
        <translatorcomment>Native review: ດັດຊະນີລາຄາຜູ້ບໍລິໂພກ is proposed (glossary: consumer price index (CPI)), composed, no Lao page seen.</translatorcomment>
        <translation>ອັດຕາເງິນເຟີ້ຕາມດັດຊະນີລາຄາຜູ້ບໍລິໂພກ (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominal GDP</source>
        <translatorcomment>Native review: GDP ຕາມລາຄາປັດຈຸບັນ is proposed (glossary: nominal GDP (current prices)), composed.</translatorcomment>
        <translation>GDP ຕາມລາຄາປັດຈຸບັນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total population</source>
        <translation>ພົນລະເມືອງທັງໝົດ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Government expenditure (% of GDP)</source>
        <translation>ລາຍຈ່າຍຂອງລັດ (% ຕໍ່ GDP)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sources</source>
        <translation>ແຫຼ່ງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assumptions and their sources</source>
        <translation>ຂໍ້ສົມມຸດຖານ ແລະ ແຫຼ່ງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenarios</source>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>ສະຖານະການສົມມຸດ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year</source>
        <translation>ປີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beneficiaries</source>
        <translatorcomment>Native review: ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ is proposed (glossary: beneficiaries), composed; LSSO writes ຜູ້ເກີດສິດ or ຜູ້ຮັບເງິນອຸດໜູນ, pick one.</translatorcomment>
        <translation>ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost ({currency})</source>
        <translatorcomment>Native review: ຄ່າໃຊ້ຈ່າຍ is proposed (glossary: cost), the usual word, but no page using it was recorded.</translatorcomment>
        <translation>ຄ່າໃຊ້ຈ່າຍ ({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+104"/>
        <location line="+16"/>
        <source>% of GDP</source>
        <translation>% ຕໍ່ GDP</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>% of gov. expenditure</source>
        <translatorcomment>Native review: % ຂອງລາຍຈ່າຍລັດ is proposed (glossary: in % of government expenditure), composed (glossary form ສ່ວນຮ້ອຍຂອງລາຍຈ່າຍລັດ; % used in short labels).</translatorcomment>
        <translation>% ຂອງລາຍຈ່າຍລັດ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source</source>
        <translation>ແຫຼ່ງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not costed</source>
        <translatorcomment>Native review: ຄ່າໃຊ້ຈ່າຍ is proposed (glossary: cost), the usual word, but no page using it was recorded.</translatorcomment>
        <translation>ບໍ່ໄດ້ຄິດໄລ່ຄ່າໃຊ້ຈ່າຍ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Results are per fiscal year, from {start} to {end}, each named by the calendar year in which it ends ({first} to {last}). Costs, GDP and government expenditure of a fiscal year are the month-weighted blend of the two calendar years it spans ({late} of the first and {early} of the second); beneficiaries are taken at the fiscal year&apos;s mid-point.</source>
        <translatorcomment>Native review: ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ is proposed (glossary: beneficiaries).</translatorcomment>
        <translation>ຜົນໄດ້ຮັບແມ່ນຕາມສົກປີງົບປະມານ, ແຕ່ເດືອນ{start} ຫາ ເດືອນ{end}, ແຕ່ລະສົກປີເອີ້ນຕາມປີປະຕິທິນທີ່ມັນສິ້ນສຸດ ({first} ຫາ {last}). ຄ່າໃຊ້ຈ່າຍ, GDP ແລະ ລາຍຈ່າຍລັດຂອງສົກປີໜຶ່ງ ແມ່ນການປະສົມຕາມຈຳນວນເດືອນຂອງສອງປີປະຕິທິນທີ່ມັນກວມເອົາ ({late} ຂອງປີທຳອິດ ແລະ {early} ຂອງປີທີສອງ); ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດຖືເອົາຢູ່ເຄິ່ງກາງຂອງສົກປີ.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ages {low}-{high}: {level}</source>
        <translation>ອາຍຸ {low}-{high}: {level}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The monthly benefit depends on age: {bands}.</source>
        <translation>ເງິນອຸດໜູນລາຍເດືອນຂຶ້ນກັບອາຍຸ: {bands}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People who receive {names} are not eligible: their beneficiaries are removed age by age, sex by sex and year by year.</source>
        <translatorcomment>Native review: ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ is proposed (glossary: beneficiaries).</translatorcomment>
        <translation>ຜູ້ທີ່ໄດ້ຮັບ {names} ບໍ່ມີສິດ: ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດຂອງໂຄງການນັ້ນຖືກຫັກອອກຕາມອາຍຸ, ຕາມເພດ ແລະ ຕາມປີ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The scheme starts paying in {month} of its first year, so it pays {paid} of 12 months that year.</source>
        <translation>ໂຄງການເລີ່ມຈ່າຍໃນເດືອນ{month} ຂອງປີທຳອິດ, ສະນັ້ນປີນັ້ນຈ່າຍ {paid} ໃນ 12 ເດືອນ.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Fiscal space</source>
        <translatorcomment>Native review: ຊ່ອງຫວ່າງທາງງົບປະມານ is proposed (glossary: fiscal space), composed, no Lao term found.</translatorcomment>
        <translation>ຊ່ອງຫວ່າງທາງງົບປະມານ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packages compared</source>
        <translatorcomment>Native review: ຊຸດສິດທິປະໂຫຍດ is proposed (glossary: package (of benefits)), composed (ຊຸດ + ສິດທິປະໂຫຍດ), no Lao source.</translatorcomment>
        <translation>ການປຽບທຽບຊຸດສິດທິປະໂຫຍດ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sensitivity and uncertainty</source>
        <translatorcomment>Native review: ຄວາມບໍ່ແນ່ນອນ is proposed (glossary: uncertainty), composed.
Native review: ຄວາມອ່ອນໄຫວ is proposed (glossary: sensitivity analysis), composed (glossary form ການວິເຄາະຄວາມອ່ອນໄຫວ).</translatorcomment>
        <translation>ຄວາມອ່ອນໄຫວ ແລະ ຄວາມບໍ່ແນ່ນອນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost in % of GDP in {year}: {cost}. Each assumption alone, at its low and high value:</source>
        <translatorcomment>Native review: ຄ່າໃຊ້ຈ່າຍ is proposed (glossary: cost), the usual word, but no page using it was recorded.</translatorcomment>
        <translation>ຄ່າໃຊ້ຈ່າຍເປັນ % ຕໍ່ GDP ໃນປີ {year}: {cost}. ແຕ່ລະຂໍ້ສົມມຸດຖານແຍກກັນ ທີ່ຄ່າຕ່ຳ ແລະ ຄ່າສູງ:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assumption</source>
        <translation>ຂໍ້ສົມມຸດຖານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>ຄ່າຕ່ຳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>ຄ່າສູງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swing</source>
        <translation>ຄວາມຕ່າງ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Percentiles of {draws} draws ({source}):</source>
        <translatorcomment>Native review: ເປີເຊັນໄທລ໌ is proposed (glossary: percentile), loanword, no Lao source.
Native review: ການສຸ່ມ is not in the glossary (draws (of the simulation)), ການສຸ່ມ = random sampling.</translatorcomment>
        <translation>ເປີເຊັນໄທລ໌ຈາກການສຸ່ມ {draws} ເທື່ອ ({source}):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>None.</source>
        <translation>ບໍ່ມີ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings from the costing engine</source>
        <translatorcomment>Native review: ຄ່າໃຊ້ຈ່າຍ is proposed (glossary: cost), the usual word, but no page using it was recorded.</translatorcomment>
        <translation>ຄຳເຕືອນຈາກລະບົບຄິດໄລ່ຄ່າໃຊ້ຈ່າຍ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annex: the costing method</source>
        <translatorcomment>Native review: ຄ່າໃຊ້ຈ່າຍ is proposed (glossary: cost), the usual word, but no page using it was recorded.</translatorcomment>
        <translation>ເອກະສານຊ້ອນທ້າຍ: ວິທີການຄິດໄລ່ຄ່າໃຊ້ຈ່າຍ</translation>
    </message>
    <message>
        <location filename="../../engine/report/consultation.py" line="+12"/>
        <source>draft</source>
        <translation>ຮ່າງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discussed</source>
        <translatorcomment>Lao term composed; needs a native reviewer</translatorcomment>
        <translation>ປຶກສາຫາລືແລ້ວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validated</source>
        <translation>ຜ່ານການກວດສອບແລ້ວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>endorsed</source>
        <translation>ຮັບຮອງແລ້ວ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status: {status}, {date}</source>
        <translation>ສະຖານະ: {status}, {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: {status}</source>
        <translation>ສະຖານະ: {status}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Annex: comments from the consultation</source>
        <translation>ເອກະສານຊ້ອນທ້າຍ: ຄຳເຫັນຈາກການປຶກສາຫາລື</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <location filename="../../gui/results/tab.py" line="+67"/>
        <source>A package, stacked</source>
        <translatorcomment>Native review: ຊຸດສິດທິປະໂຫຍດ is proposed (glossary: package (of benefits)), composed (ຊຸດ + ສິດທິປະໂຫຍດ), no Lao source.</translatorcomment>
        <translation>ຊຸດສິດທິປະໂຫຍດ, ແບບຊ້ອນກັນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+251"/>
        <source>Scenarios compared</source>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>ການປຽບທຽບສະຖານະການສົມມຸດ</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+246"/>
        <source>Packages compared</source>
        <translatorcomment>Native review: ຊຸດສິດທິປະໂຫຍດ is proposed (glossary: package (of benefits)), composed (ຊຸດ + ສິດທິປະໂຫຍດ), no Lao source.</translatorcomment>
        <translation>ການປຽບທຽບຊຸດສິດທິປະໂຫຍດ</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>Packages in one year</source>
        <translatorcomment>Native review: ຊຸດສິດທິປະໂຫຍດ is proposed (glossary: package (of benefits)), composed (ຊຸດ + ສິດທິປະໂຫຍດ), no Lao source.</translatorcomment>
        <translation>ຊຸດສິດທິປະໂຫຍດໃນປີດຽວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population pyramid</source>
        <translatorcomment>Native review: ປີຣາມິດພົນລະເມືອງ is not in the glossary (population pyramid), loanword ປີຣາມິດ + ພົນລະເມືອງ.</translatorcomment>
        <translation>ປີຣາມິດພົນລະເມືອງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitivity of a package (tornado)</source>
        <translatorcomment>Native review: ຊຸດສິດທິປະໂຫຍດ is proposed (glossary: package (of benefits)), composed (ຊຸດ + ສິດທິປະໂຫຍດ), no Lao source.
Native review: ຄວາມອ່ອນໄຫວ is proposed (glossary: sensitivity analysis), composed (glossary form ການວິເຄາະຄວາມອ່ອນໄຫວ).</translatorcomment>
        <translation>ຄວາມອ່ອນໄຫວຂອງຊຸດສິດທິປະໂຫຍດ (tornado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncertainty bands of a package</source>
        <translatorcomment>Native review: ຄວາມບໍ່ແນ່ນອນ is proposed (glossary: uncertainty), composed.
Native review: ຊຸດສິດທິປະໂຫຍດ is proposed (glossary: package (of benefits)), composed (ຊຸດ + ສິດທິປະໂຫຍດ), no Lao source.</translatorcomment>
        <translation>ແຖບຄວາມບໍ່ແນ່ນອນຂອງຊຸດສິດທິປະໂຫຍດ</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranges...</source>
        <translation>ຂອບເຂດ…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show:</source>
        <translation>ສະແດງ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package:</source>
        <translatorcomment>Native review: ຊຸດສິດທິປະໂຫຍດ is proposed (glossary: package (of benefits)), composed (ຊຸດ + ສິດທິປະໂຫຍດ), no Lao source.</translatorcomment>
        <translation>ຊຸດສິດທິປະໂຫຍດ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure:</source>
        <translation>ຕົວວັດ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year:</source>
        <translation>ປີ:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save PNG...</source>
        <translation>ບັນທຶກ PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save SVG...</source>
        <translation>ບັນທຶກ SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy chart</source>
        <translation>ສຳເນົາເສັ້ນສະແດງ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Results table&lt;/b&gt; (click a heading to sort)</source>
        <translation>&lt;b&gt;ຕາຕະລາງຜົນໄດ້ຮັບ&lt;/b&gt; (ຄລິກຫົວຖັນເພື່ອຈັດລຽງ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export table...</source>
        <translation>ສົ່ງອອກຕາຕະລາງ…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Warnings&lt;/b&gt;</source>
        <translation>&lt;b&gt;ຄຳເຕືອນ&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>% of GDP</source>
        <translation>% ຕໍ່ GDP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{currency}, nominal</source>
        <translation>{currency}, ຕາມລາຄາປັດຈຸບັນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{currency} at {year} prices</source>
        <translation>{currency} ຕາມລາຄາປີ {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>% of government expenditure</source>
        <translatorcomment>Native review: % ຂອງລາຍຈ່າຍລັດ is proposed (glossary: in % of government expenditure), composed (glossary form ສ່ວນຮ້ອຍຂອງລາຍຈ່າຍລັດ; % used in short labels).</translatorcomment>
        <translation>% ຂອງລາຍຈ່າຍລັດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons</source>
        <translation>ຄົນ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{id} has no result: {reason}</source>
        <translation>{id} ບໍ່ມີຜົນໄດ້ຮັບ: {reason}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Stopped: the chart shows the last complete run.</source>
        <translation>ຢຸດແລ້ວ: ເສັ້ນສະແດງສະແດງຜົນຂອງການຄິດໄລ່ຄັ້ງສຸດທ້າຍທີ່ສຳເລັດ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}: what moves the cost in {year}</source>
        <translatorcomment>Native review: ຄ່າໃຊ້ຈ່າຍ is proposed (glossary: cost), the usual word, but no page using it was recorded.</translatorcomment>
        <translation>{name}: ປັດໄຈທີ່ເຮັດໃຫ້ຄ່າໃຊ້ຈ່າຍປ່ຽນແປງໃນປີ {year}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: uncertainty bands ({draws} draws)</source>
        <translatorcomment>Native review: ຄວາມບໍ່ແນ່ນອນ is proposed (glossary: uncertainty), composed.
Native review: ການສຸ່ມ is not in the glossary (draws (of the simulation)), ການສຸ່ມ = random sampling.</translatorcomment>
        <translation>{name}: ແຖບຄວາມບໍ່ແນ່ນອນ (ການສຸ່ມ {draws} ເທື່ອ)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Packages in {year}</source>
        <translatorcomment>Native review: ຊຸດສິດທິປະໂຫຍດ is proposed (glossary: package (of benefits)), composed (ຊຸດ + ສິດທິປະໂຫຍດ), no Lao source.</translatorcomment>
        <translation>ຊຸດສິດທິປະໂຫຍດໃນປີ {year}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The chart is on the clipboard: paste it into a slide.</source>
        <translation>ເສັ້ນສະແດງຢູ່ໃນຄລິບບອດແລ້ວ: ວາງໃສ່ສະໄລ້ໄດ້.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the chart</source>
        <translation>ບັນທຶກເສັ້ນສະແດງ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chart saved to {path}</source>
        <translation>ບັນທຶກເສັ້ນສະແດງໄວ້ທີ່ {path} ແລ້ວ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the results table</source>
        <translation>ສົ່ງອອກຕາຕະລາງຜົນໄດ້ຮັບ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results written to {path}</source>
        <translation>ຂຽນຜົນໄດ້ຮັບໄວ້ທີ່ {path} ແລ້ວ</translation>
    </message>
</context>
<context>
    <name>ScenarioFields</name>
    <message>
        <location filename="../../gui/scenarios/fields.py" line="+49"/>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guarantee</source>
        <translation>ການຄໍ້າປະກັນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ages</source>
        <translation>ອາຍຸ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from - to</source>
        <translation>ຈາກ - ຫາ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>ເພດ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target share</source>
        <translation>ສັດສ່ວນເປົ້າໝາຍ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>30 %, or 2026: 30 %; 2030: 50 %, or 0-14: 20 %</source>
        <translation>30&#xa0;%, ຫຼື 2026: 30&#xa0;%; 2030: 50&#xa0;%, ຫຼື 0-14: 20&#xa0;%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prevalence</source>
        <translatorcomment>Native review: ອັດຕາຄວາມພິການ is proposed (glossary: disability prevalence), composed.</translatorcomment>
        <translation>ອັດຕາຄວາມພິການ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>share of the age band, e.g. 2.8 % or 15-64: 2.8 %</source>
        <translatorcomment>Native review: ກຸ່ມອາຍຸ is proposed (glossary: age group), composed (LSB writes ເກນອາຍຸ).</translatorcomment>
        <translation>ສັດສ່ວນຂອງກຸ່ມອາຍຸ, ເຊັ່ນ 2,8&#xa0;% ຫຼື 15-64: 2,8&#xa0;%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Already covered</source>
        <translation>ໄດ້ຮັບການປົກຄຸມແລ້ວ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>share already covered by other schemes</source>
        <translation>ສັດສ່ວນທີ່ໄດ້ຮັບການປົກຄຸມແລ້ວຈາກໂຄງການອື່ນ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not eligible if receiving</source>
        <translation>ບໍ່ມີສິດ ຖ້າໄດ້ຮັບ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>their beneficiaries, by age, sex and year, are not eligible here</source>
        <translatorcomment>Native review: ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ is proposed (glossary: beneficiaries).</translatorcomment>
        <translation>ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດຂອງໂຄງການເຫຼົ່ານີ້ ຕາມອາຍຸ, ເພດ ແລະ ປີ ບໍ່ມີສິດຢູ່ນີ້</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Benefit</source>
        <translation>ເງິນອຸດໜູນ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Months paid a year</source>
        <translation>ຈຳນວນເດືອນທີ່ຈ່າຍຕໍ່ປີ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>months</source>
        <translation>ເດືອນ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days of work a year</source>
        <translation>ວັນເຮັດວຽກຕໍ່ປີ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days</source>
        <translation>ວັນ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily wage</source>
        <translatorcomment>Native review: ຄ່າແຮງງານລາຍວັນ is proposed (glossary: daily wage), composed on ຄ່າແຮງງານ.</translatorcomment>
        <translation>ຄ່າແຮງງານລາຍວັນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% of the minimum wage</source>
        <translation>% ຂອງຄ່າແຮງງານຂັ້ນຕ່ຳ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working days a month</source>
        <translation>ວັນເຮັດວຽກຕໍ່ເດືອນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days (default 22)</source>
        <translation>ວັນ (ຄ່າເລີ່ມຕົ້ນ 22)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Non-wage costs</source>
        <translatorcomment>Native review: ຄ່າໃຊ້ຈ່າຍ is proposed (glossary: cost), the usual word, but no page using it was recorded.</translatorcomment>
        <translation>ຄ່າໃຊ້ຈ່າຍທີ່ບໍ່ແມ່ນຄ່າແຮງງານ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% of total cost</source>
        <translatorcomment>Native review: ຄ່າໃຊ້ຈ່າຍທັງໝົດ is proposed (glossary: total cost), composed.</translatorcomment>
        <translation>% ຂອງຄ່າໃຊ້ຈ່າຍທັງໝົດ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost per person a year</source>
        <translatorcomment>Native review: ຄ່າໃຊ້ຈ່າຍ is proposed (glossary: cost), the usual word, but no page using it was recorded.</translatorcomment>
        <translation>ຄ່າໃຊ້ຈ່າຍຕໍ່ຄົນຕໍ່ປີ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{currency}, base year</source>
        <translatorcomment>Native review: ປີພື້ນຖານ is proposed (glossary: base year), composed.</translatorcomment>
        <translation>{currency}, ປີພື້ນຖານ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Health inflation above CPI</source>
        <translatorcomment>Native review: ດັດຊະນີລາຄາຜູ້ບໍລິໂພກ is proposed (glossary: consumer price index (CPI)), composed, no Lao page seen.</translatorcomment>
        <translation>ອັດຕາເງິນເຟີ້ດ້ານສຸຂະພາບ ທີ່ສູງກວ່າດັດຊະນີລາຄາຜູ້ບໍລິໂພກ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% a year</source>
        <translation>% ຕໍ່ປີ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Health workers per 1,000, target</source>
        <translation>ພະນັກງານສາທາລະນະສຸກຕໍ່ 1.000 ຄົນ, ເປົ້າໝາຍ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>per 1,000</source>
        <translation>ຕໍ່ 1.000 ຄົນ</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Health workers per 1,000, today</source>
        <translation>ພະນັກງານສາທາລະນະສຸກຕໍ່ 1.000 ຄົນ, ປັດຈຸບັນ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Salary</source>
        <translation>ເງິນເດືອນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>x the average wage</source>
        <translatorcomment>Native review: ຄ່າຈ້າງສະເລ່ຍ is proposed (glossary: average wage), composed (LSSO has ເງິນເດືອນປະກັນຕົນສະເລ່ຍ).</translatorcomment>
        <translation>ເທົ່າຂອງຄ່າຈ້າງສະເລ່ຍ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Non-staff costs</source>
        <translatorcomment>Native review: ຄ່າໃຊ້ຈ່າຍ is proposed (glossary: cost), the usual word, but no page using it was recorded.</translatorcomment>
        <translation>ຄ່າໃຊ້ຈ່າຍທີ່ບໍ່ແມ່ນເງິນເດືອນພະນັກງານ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>x the salary bill</source>
        <translation>ເທົ່າຂອງຍອດເງິນເດືອນທັງໝົດ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beneficiaries</source>
        <translatorcomment>Native review: ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ is proposed (glossary: beneficiaries), composed; LSSO writes ຜູ້ເກີດສິດ or ຜູ້ຮັບເງິນອຸດໜູນ, pick one.</translatorcomment>
        <translation>ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>persons</source>
        <translation>ຄົນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1200 or 2026: 1000; 2030: 5000</source>
        <translation>1.200 ຫຼື 2026: 1.000; 2030: 5.000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take-up</source>
        <translatorcomment>Native review: ອັດຕາການເຂົ້າຮັບສິດ is proposed (glossary: take-up rate), composed, no Lao source for take-up.</translatorcomment>
        <translation>ອັດຕາການເຂົ້າຮັບສິດ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts paying in</source>
        <translation>ເລີ່ມຈ່າຍໃນເດືອນ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the month the scheme starts in its first year (the take-up&apos;s first year)</source>
        <translatorcomment>Native review: ອັດຕາການເຂົ້າຮັບສິດ is proposed (glossary: take-up rate).</translatorcomment>
        <translation>ເດືອນທີ່ໂຄງການເລີ່ມໃນປີທຳອິດ (ປີທຳອິດຂອງອັດຕາການເຂົ້າຮັບສິດ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Administration</source>
        <translatorcomment>Native review: ຄ່າໃຊ້ຈ່າຍໃນການບໍລິຫານ is proposed (glossary: administrative cost), composed.</translatorcomment>
        <translation>ຄ່າໃຊ້ຈ່າຍໃນການບໍລິຫານ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% of benefits</source>
        <translation>% ຂອງເງິນອຸດໜູນ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fixed administration</source>
        <translatorcomment>Native review: ຄ່າໃຊ້ຈ່າຍໃນການບໍລິຫານ is proposed (glossary: administrative cost), composed.</translatorcomment>
        <translation>ຄ່າໃຊ້ຈ່າຍໃນການບໍລິຫານຄົງທີ່</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{currency} a year</source>
        <translation>{currency} ຕໍ່ປີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2026: 5e9</source>
        <translation>ເຊັ່ນ 2026: 5e9</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replaces existing scheme</source>
        <translatorcomment>Native review: ທີ່ມີຢູ່ແລ້ວ is proposed (glossary: existing (status)), composed.</translatorcomment>
        <translation>ແທນໂຄງການທີ່ມີຢູ່ແລ້ວ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rationale</source>
        <translation>ເຫດຜົນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source of the numbers</source>
        <translation>ແຫຼ່ງທີ່ມາຂອງຕົວເລກ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cash benefit by age</source>
        <translation>ເງິນອຸດໜູນຕາມອາຍຸ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability benefit</source>
        <translatorcomment>Native review: ເງິນອຸດໜູນຄົນພິການ is proposed (glossary: disability benefit), composed; LSSO&apos;s ເງິນອຸດໜູນເສຍກຳລັງແຮງງານ is a different (insurance) benefit.</translatorcomment>
        <translation>ເງິນອຸດໜູນຄົນພິການ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maternity benefit</source>
        <translation>ເງິນອຸດໜູນອອກລູກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unemployment benefit</source>
        <translation>ເງິນອຸດໜູນວ່າງງານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public works</source>
        <translatorcomment>Native review: ໂຄງການວຽກງານສາທາລະນະ is proposed (glossary: public works programme), composed.</translatorcomment>
        <translation>ໂຄງການວຽກງານສາທາລະນະ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contribution subsidy</source>
        <translatorcomment>Native review: ການອຸດໜູນເງິນສົມທົບ is proposed (glossary: contribution subsidy), composed.</translatorcomment>
        <translation>ການອຸດໜູນເງິນສົມທົບ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health: cost per person</source>
        <translatorcomment>Native review: ຄ່າໃຊ້ຈ່າຍ is proposed (glossary: cost), the usual word, but no page using it was recorded.</translatorcomment>
        <translation>ສຸຂະພາບ: ຄ່າໃຊ້ຈ່າຍຕໍ່ຄົນ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health: staffing</source>
        <translation>ສຸຂະພາບ: ບຸກຄະລາກອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom beneficiaries</source>
        <translatorcomment>Native review: ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ is proposed (glossary: beneficiaries), composed; LSSO writes ຜູ້ເກີດສິດ or ຜູ້ຮັບເງິນອຸດໜູນ, pick one.</translatorcomment>
        <translation>ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດທີ່ກຳນົດເອງ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>January (a whole first year)</source>
        <translation>ມັງກອນ (ໝົດປີທຳອິດ)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Proposed</source>
        <translatorcomment>Native review: ທີ່ສະເໜີ is proposed (glossary: proposed (status)), composed.</translatorcomment>
        <translation>ທີ່ສະເໜີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing scheme</source>
        <translatorcomment>Native review: ທີ່ມີຢູ່ແລ້ວ is proposed (glossary: existing (status)), composed.</translatorcomment>
        <translation>ໂຄງການທີ່ມີຢູ່ແລ້ວ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Both sexes</source>
        <translation>ທັງສອງເພດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>ເພດຍິງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>ເພດຊາຍ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>prices (CPI)</source>
        <translatorcomment>Native review: ດັດຊະນີລາຄາຜູ້ບໍລິໂພກ is proposed (glossary: consumer price index (CPI)), composed, no Lao page seen.</translatorcomment>
        <translation>ລາຄາ (ດັດຊະນີລາຄາຜູ້ບໍລິໂພກ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wages</source>
        <translation>ຄ່າຈ້າງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDP per person</source>
        <translation>GDP ຕໍ່ຫົວຄົນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (fixed in money)</source>
        <translation>ບໍ່ປັບ (ຈຳນວນເງິນຄົງທີ່)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the poverty line</source>
        <translatorcomment>Native review: ເສັ້ນຄວາມທຸກຍາກ is proposed (glossary: poverty line), not attested; the alternative is ເສັ້ນແບ່ງຄວາມທຸກຍາກ.</translatorcomment>
        <translation>ເສັ້ນຄວາມທຸກຍາກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the minimum wage</source>
        <translation>ຄ່າແຮງງານຂັ້ນຕ່ຳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the average wage</source>
        <translatorcomment>Native review: ຄ່າຈ້າງສະເລ່ຍ is proposed (glossary: average wage), composed (LSSO has ເງິນເດືອນປະກັນຕົນສະເລ່ຍ).</translatorcomment>
        <translation>ຄ່າຈ້າງສະເລ່ຍ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GDP per person (monthly)</source>
        <translation>GDP ຕໍ່ຫົວຄົນ (ຕໍ່ເດືອນ)</translation>
    </message>
    <message>
        <location filename="../../gui/scenarios/form.py" line="+97"/>
        <source>&lt;i&gt;Choose a scenario, or add one.&lt;/i&gt;</source>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>&lt;i&gt;ເລືອກສະຖານະການສົມມຸດ ຫຼື ເພີ່ມອັນໃໝ່.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>By age band</source>
        <translatorcomment>Native review: ກຸ່ມອາຍຸ is proposed (glossary: age group).</translatorcomment>
        <translation>ຕາມກຸ່ມອາຍຸ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>% of an anchor</source>
        <translatorcomment>Native review: ຄ່າອ້າງອີງ is not in the glossary (anchor (poverty line, wage or GDP per person a benefit is set against)), composed.</translatorcomment>
        <translation>% ຂອງຄ່າອ້າງອີງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed amount a month</source>
        <translation>ຈຳນວນເງິນຄົງທີ່ຕໍ່ເດືອນ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ramp from</source>
        <translatorcomment>Native review: ຂະຫຍາຍເທື່ອລະກ້າວ is proposed (glossary: phase-in), composed (glossary form ການຂະຫຍາຍເທື່ອລະກ້າວ).</translatorcomment>
        <translation>ຂະຫຍາຍເທື່ອລະກ້າວ ຈາກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per year</source>
        <translation>ແຕ່ລະປີ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>take-up in the first year, %</source>
        <translatorcomment>Native review: ອັດຕາການເຂົ້າຮັບສິດ is proposed (glossary: take-up rate), composed, no Lao source for take-up.</translatorcomment>
        <translation>ອັດຕາການເຂົ້າຮັບສິດໃນປີທຳອິດ, %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in</source>
        <translation>ໃນປີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first year</source>
        <translation>ປີທຳອິດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>ເຖິງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take-up reached, %</source>
        <translatorcomment>Native review: ອັດຕາການເຂົ້າຮັບສິດ is proposed (glossary: take-up rate), composed, no Lao source for take-up.</translatorcomment>
        <translation>ອັດຕາການເຂົ້າຮັບສິດທີ່ບັນລຸ, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by</source>
        <translation>ພາຍໃນປີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year it is reached</source>
        <translation>ປີທີ່ບັນລຸ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2026: 30 %; 2028: 60 %; 2030: 90 %</source>
        <translation>2026: 30&#xa0;%; 2028: 60&#xa0;%; 2030: 90&#xa0;%</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{kind} · id &lt;code&gt;{id}&lt;/code&gt;</source>
        <translation>{kind} · ລະຫັດ &lt;code&gt;{id}&lt;/code&gt;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>nothing</source>
        <translation>ບໍ່ມີ</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>by age band</source>
        <translatorcomment>Native review: ກຸ່ມອາຍຸ is proposed (glossary: age group).</translatorcomment>
        <translation>ຕາມກຸ່ມອາຍຸ</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Edit {field} of {name}</source>
        <translation>ແກ້ໄຂ {field} ຂອງ {name}</translation>
    </message>
</context>
<context>
    <name>ScenarioValues</name>
    <message>
        <location filename="../../gui/scenarios/values.py" line="+91"/>
        <source>take-up needs a value: 90 %, or 2026: 30 %; 2030: 90 %</source>
        <translatorcomment>Native review: ອັດຕາການເຂົ້າຮັບສິດ is proposed (glossary: take-up rate), composed, no Lao source for take-up.</translatorcomment>
        <translation>ອັດຕາການເຂົ້າຮັບສິດຕ້ອງມີຄ່າ: 90&#xa0;%, ຫຼື 2026: 30&#xa0;%; 2030: 90&#xa0;%</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>band {number}</source>
        <translation>ກຸ່ມທີ {number}</translation>
    </message>
</context>
<context>
    <name>ScenariosTab</name>
    <message>
        <location filename="../../gui/scenarios/tab.py" line="+52"/>
        <source>Scenario</source>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>ສະຖານະການສົມມຸດ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add...</source>
        <translation>ເພີ່ມ…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Duplicate</source>
        <translation>ສ້າງສຳເນົາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;How the cost is computed&lt;/b&gt;, in</source>
        <translatorcomment>Native review: ຄ່າໃຊ້ຈ່າຍ is proposed (glossary: cost), the usual word, but no page using it was recorded.</translatorcomment>
        <translation>&lt;b&gt;ວິທີຄິດໄລ່ຄ່າໃຊ້ຈ່າຍ&lt;/b&gt;, ໃນປີ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scenarios</source>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>ສະຖານະການສົມມຸດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages</source>
        <translatorcomment>Native review: ຊຸດສິດທິປະໂຫຍດ is proposed (glossary: package (of benefits)), composed (ຊຸດ + ສິດທິປະໂຫຍດ), no Lao source.</translatorcomment>
        <translation>ຊຸດສິດທິປະໂຫຍດ</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>existing</source>
        <translatorcomment>Native review: ທີ່ມີຢູ່ແລ້ວ is proposed (glossary: existing (status)), composed.</translatorcomment>
        <translation>ທີ່ມີຢູ່ແລ້ວ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>proposed</source>
        <translatorcomment>Native review: ທີ່ສະເໜີ is proposed (glossary: proposed (status)), composed.</translatorcomment>
        <translation>ທີ່ສະເໜີ</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No results: {reason}</source>
        <translation>ບໍ່ມີຜົນໄດ້ຮັບ: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>computing...</source>
        <translation>ກຳລັງຄິດໄລ່…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This scenario cannot be costed yet: {reason}</source>
        <translatorcomment>Native review: ຄ່າໃຊ້ຈ່າຍ is proposed (glossary: cost), the usual word, but no page using it was recorded.
Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>ຍັງບໍ່ສາມາດຄິດໄລ່ຄ່າໃຊ້ຈ່າຍຂອງສະຖານະການສົມມຸດນີ້ໄດ້: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Computing...</source>
        <translation>ກຳລັງຄິດໄລ່…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{year}&lt;/b&gt;: {cost} {currency}, &lt;b&gt;{pct}&lt;/b&gt; of GDP, {gexp} of government expenditure; {people} beneficiaries.</source>
        <translatorcomment>Native review: ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ is proposed (glossary: beneficiaries), composed; LSSO writes ຜູ້ເກີດສິດ or ຜູ້ຮັບເງິນອຸດໜູນ, pick one.
Native review: % ຂອງລາຍຈ່າຍລັດ is proposed (glossary: in % of government expenditure), composed (glossary form ສ່ວນຮ້ອຍຂອງລາຍຈ່າຍລັດ; % used in short labels).</translatorcomment>
        <translation>&lt;b&gt;{year}&lt;/b&gt;: {cost} {currency}, &lt;b&gt;{pct}&lt;/b&gt; ຕໍ່ GDP, {gexp} ຂອງລາຍຈ່າຍລັດ; ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ {people} ຄົນ.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>New {kind}</source>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>ສະຖານະການສົມມຸດໃໝ່ ({kind})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add scenario</source>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>ເພີ່ມສະຖານະການສົມມຸດ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} (copy)</source>
        <translation>{name} (ສຳເນົາ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate scenario</source>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>ສ້າງສຳເນົາສະຖານະການສົມມຸດ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete scenario</source>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>ລຶບສະຖານະການສົມມຸດ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot delete {id}: {reason}</source>
        <translation>ບໍ່ສາມາດລຶບ {id} ໄດ້: {reason}</translation>
    </message>
</context>
<context>
    <name>SeriesText</name>
    <message>
        <location filename="../../gui/common/series_text.py" line="+64"/>
        <source>is not valid JSON ({reason})</source>
        <translation>ບໍ່ແມ່ນ JSON ທີ່ຖືກຕ້ອງ ({reason})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>YEAR: value or AGE-AGE: value</source>
        <translation>ປີ: ຄ່າ ຫຼື ອາຍຸ-ອາຍຸ: ຄ່າ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YEAR: value</source>
        <translation>ປີ: ຄ່າ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{item}&quot; is not {shape}</source>
        <translation>&quot;{item}&quot; ບໍ່ແມ່ນຮູບແບບ {shape}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mixes years and age bands; give one or the other</source>
        <translatorcomment>Native review: ກຸ່ມອາຍຸ is proposed (glossary: age group), composed (LSB writes ເກນອາຍຸ).</translatorcomment>
        <translation>ປົນກັນລະຫວ່າງປີ ແລະ ກຸ່ມອາຍຸ; ໃຫ້ໃສ່ຢ່າງໃດຢ່າງໜຶ່ງ</translation>
    </message>
</context>
<context>
    <name>TiersEditor</name>
    <message>
        <location filename="../../gui/scenarios/tiers.py" line="+40"/>
        <source>Pays a different amount by age band</source>
        <translation>ຈ່າຍຈຳນວນຕ່າງກັນຕາມກຸ່ມອາຍຸ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Split the last band</source>
        <translation>ແບ່ງກຸ່ມສຸດທ້າຍ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join the last two bands</source>
        <translation>ລວມສອງກຸ່ມສຸດທ້າຍ</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>% of the anchor</source>
        <translatorcomment>Native review: ຄ່າອ້າງອີງ is not in the glossary (anchor).</translatorcomment>
        <translation>% ຂອງຄ່າອ້າງອີງ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>amount a month</source>
        <translation>ຈຳນວນຕໍ່ເດືອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from age</source>
        <translation>ແຕ່ອາຍຸ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to age</source>
        <translation>ຫາອາຍຸ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Pay by age band</source>
        <translation>ຈ່າຍຕາມກຸ່ມອາຍຸ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pay one amount</source>
        <translation>ຈ່າຍຈຳນວນດຽວ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit benefit tiers</source>
        <translation>ແກ້ໄຂຂັ້ນເງິນອຸດໜູນ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the last band is a single age: it cannot be split</source>
        <translation>ກຸ່ມສຸດທ້າຍມີອາຍຸດຽວ: ແບ່ງບໍ່ໄດ້</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a benefit band</source>
        <translation>ເພີ່ມກຸ່ມເງິນອຸດໜູນ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove a benefit band</source>
        <translation>ລຶບກຸ່ມເງິນອຸດໜູນ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Benefit tiers: {message}</source>
        <translation>ຂັ້ນເງິນອຸດໜູນ: {message}</translation>
    </message>
</context>
<context>
    <name>UncertaintyCharts</name>
    <message>
        <location filename="../../gui/results/uncertainty_charts.py" line="+69"/>
        <source>Central: {value}. Blue: the assumption at its low value; orange: at its high value.</source>
        <translation>ຄ່າກາງ: {value}. ສີຟ້າ: ຂໍ້ສົມມຸດຖານທີ່ຄ່າຕ່ຳ; ສີສົ້ມ: ທີ່ຄ່າສູງ.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>median of the draws</source>
        <translatorcomment>Native review: ຄ່າມັດທະຍະຖານ is not in the glossary (median), statistical term, check LSB usage.
Native review: ການສຸ່ມ is not in the glossary (draws (of the simulation)), ການສຸ່ມ = random sampling.</translatorcomment>
        <translation>ຄ່າມັດທະຍະຖານຂອງການສຸ່ມ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>central</source>
        <translation>ຄ່າກາງ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In {year}: 90 % of the draws between {p5} and {p95}; half between {p25} and {p75}.</source>
        <translatorcomment>Native review: ການສຸ່ມ is not in the glossary (draws (of the simulation)), ການສຸ່ມ = random sampling.</translatorcomment>
        <translation>ປີ {year}: 90&#xa0;% ຂອງການສຸ່ມຢູ່ລະຫວ່າງ {p5} ແລະ {p95}; ເຄິ່ງໜຶ່ງຢູ່ລະຫວ່າງ {p25} ແລະ {p75}.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../gui/history/versions.py" line="+46"/>
        <source>Versions of {name}</source>
        <translation>ສະບັບຕ່າງໆຂອງ {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No.</source>
        <translation>ທີ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>ບັນທຶກເມື່ອ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>ໂດຍ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save a version...</source>
        <translation>ບັນທຶກສະບັບ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open read-only</source>
        <translation>ເປີດແບບອ່ານຢ່າງດຽວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with now</source>
        <translation>ປຽບທຽບກັບປັດຈຸບັນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as JSON...</source>
        <translation>ສົ່ງອອກເປັນ JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the report...</source>
        <translation>ສົ່ງອອກບົດລາຍງານ…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No version saved yet: save one to name the project as it is now.</source>
        <translation>ຍັງບໍ່ມີສະບັບທີ່ບັນທຶກໄວ້: ບັນທຶກສະບັບໜຶ່ງເພື່ອຕັ້ງຊື່ໂປຣເຈັກຕາມສະພາບປັດຈຸບັນ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+31"/>
        <source>Select a version first.</source>
        <translation>ເລືອກສະບັບກ່ອນ.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Save a version</source>
        <translation>ບັນທຶກສະບັບ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the project as it is now (e.g. &quot;Validated at the national workshop&quot;)</source>
        <translation>ຕັ້ງຊື່ໂປຣເຈັກຕາມສະພາບປັດຈຸບັນ (ເຊັ່ນ &quot;ຜ່ານການກວດສອບທີ່ກອງປະຊຸມລະດັບຊາດ&quot;)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Version {number} &quot;{name}&quot; saved.</source>
        <translation>ບັນທຶກສະບັບທີ {number} &quot;{name}&quot; ແລ້ວ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the version as JSON</source>
        <translation>ສົ່ງອອກສະບັບນີ້ເປັນ JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project exchange file (*.json)</source>
        <translation>ໄຟລ໌ແລກປ່ຽນໂປຣເຈັກ (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Version &quot;{name}&quot; exported to {path}</source>
        <translation>ສົ່ງອອກສະບັບ &quot;{name}&quot; ໄປທີ່ {path} ແລ້ວ</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../gui/workshop/view.py" line="+43"/>
        <source>benefit</source>
        <translation>ເງິນອຸດໜູນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take-up reached</source>
        <translatorcomment>Native review: ອັດຕາການເຂົ້າຮັບສິດ is proposed (glossary: take-up rate), composed, no Lao source for take-up.</translatorcomment>
        <translation>ອັດຕາການເຂົ້າຮັບສິດທີ່ບັນລຸ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administration</source>
        <translatorcomment>Native review: ຄ່າໃຊ້ຈ່າຍໃນການບໍລິຫານ is proposed (glossary: administrative cost), composed.</translatorcomment>
        <translation>ຄ່າໃຊ້ຈ່າຍໃນການບໍລິຫານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost per person</source>
        <translatorcomment>Native review: ຄ່າໃຊ້ຈ່າຍ is proposed (glossary: cost), the usual word, but no page using it was recorded.</translatorcomment>
        <translation>ຄ່າໃຊ້ຈ່າຍຕໍ່ຄົນ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>% of the anchor</source>
        <translatorcomment>Native review: ຄ່າອ້າງອີງ is not in the glossary (anchor (poverty line, wage or GDP per person a benefit is set against)), composed.</translatorcomment>
        <translation>% ຂອງຄ່າອ້າງອີງ</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <location line="+70"/>
        <source>ABND Studio — workshop</source>
        <translation>ABND Studio — ກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pin an assumption...</source>
        <translatorcomment>Native review: ປັກໝຸດ is not in the glossary (pin (an assumption)), composed.</translatorcomment>
        <translation>ປັກໝຸດຂໍ້ສົມມຸດຖານ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave workshop mode (Esc)</source>
        <translatorcomment>Native review: ໂໝດກອງປະຊຸມ is not in the glossary (workshop mode), loanword ໂໝດ + ກອງປະຊຸມ (glossary: workshop).</translatorcomment>
        <translation>ອອກຈາກໂໝດກອງປະຊຸມ (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package:</source>
        <translatorcomment>Native review: ຊຸດສິດທິປະໂຫຍດ is proposed (glossary: package (of benefits)), composed (ຊຸດ + ສິດທິປະໂຫຍດ), no Lao source.</translatorcomment>
        <translation>ຊຸດສິດທິປະໂຫຍດ:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&lt;b&gt;In the package&lt;/b&gt;</source>
        <translatorcomment>Native review: ຊຸດສິດທິປະໂຫຍດ is proposed (glossary: package (of benefits)), composed (ຊຸດ + ສິດທິປະໂຫຍດ), no Lao source.</translatorcomment>
        <translation>&lt;b&gt;ໃນຊຸດສິດທິປະໂຫຍດ&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Assumptions&lt;/b&gt;</source>
        <translation>&lt;b&gt;ຂໍ້ສົມມຸດຖານ&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Toggle {id}</source>
        <translation>ເພີ່ມ ຫຼື ເອົາອອກ {id}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set {lever} of {name}</source>
        <translation>ປັບ {lever} ຂອງ {name}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>% of GDP</source>
        <translation>% ຕໍ່ GDP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: cost in % of GDP</source>
        <translatorcomment>Native review: ຄ່າໃຊ້ຈ່າຍ is proposed (glossary: cost), the usual word, but no page using it was recorded.</translatorcomment>
        <translation>{name}: ຄ່າໃຊ້ຈ່າຍເປັນ % ຕໍ່ GDP</translation>
    </message>
</context>
<context>
    <name>YearPicker</name>
    <message>
        <location filename="../../gui/common/years.py" line="+19"/>
        <source>FY </source>
        <translation>ສົກປີ </translation>
    </message>
</context>
</TS>
