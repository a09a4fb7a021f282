<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo" sourcelanguage="en">
<context>
    <name>Charts</name>
    <message>
        <location filename="../../gui/common/charts.py" line="+198"/>
        <source>Year</source>
        <translation>ປີ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Fiscal space</source>
        <translatorcomment>Native review: ຊ່ອງຫວ່າງທາງງົບປະມານ is proposed (glossary: fiscal space), composed, no Lao term found.</translatorcomment>
        <translation>ຊ່ອງຫວ່າງທາງງົບປະມານ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>As saved</source>
        <translation>ຕາມທີ່ບັນທຶກໄວ້</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>&lt;b&gt;total&lt;/b&gt;: {value}</source>
        <translation>&lt;b&gt;ທັງໝົດ&lt;/b&gt;: {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fiscal space: {value}</source>
        <translatorcomment>Native review: ຊ່ອງຫວ່າງທາງງົບປະມານ is proposed (glossary: fiscal space), composed, no Lao term found.</translatorcomment>
        <translation>ຊ່ອງຫວ່າງທາງງົບປະມານ: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>as saved: {value}</source>
        <translation>ຕາມທີ່ບັນທຶກໄວ້: {value}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cost of the package</source>
        <translation>ຄ່າໃຊ້ຈ່າຍຂອງຊຸດສິດທິປະໂຫຍດ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;b&gt;financing&lt;/b&gt;: {value}</source>
        <translation>&lt;b&gt;ການສະໜອງທຶນ&lt;/b&gt;: {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cost: {value}</source>
        <translation>ຄ່າໃຊ້ຈ່າຍ: {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;gap&lt;/b&gt;: {value}</source>
        <translatorcomment>ສ່ວນຂາດ (gap): the cost not yet financed; glossary: financing gap = ການຂາດເຂີນທຶນ. Native review.</translatorcomment>
        <translation>&lt;b&gt;ສ່ວນຂາດ&lt;/b&gt;: {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;surplus&lt;/b&gt;: {value}</source>
        <translatorcomment>ສ່ວນເກີນ (surplus): financing above the cost. Proposed; native review.</translatorcomment>
        <translation>&lt;b&gt;ສ່ວນເກີນ&lt;/b&gt;: {value}</translation>
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
        <location line="+28"/>
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
        <location filename="../../gui/matrix/consultation.py" line="+52"/>
        <source>Agency</source>
        <translation>ພາກສ່ວນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency that made the comment (MoF, ILO, a union...)</source>
        <translation>ພາກສ່ວນທີ່ໃຫ້ຄຳເຫັນ (ກະຊວງການເງິນ, ILO, ສະຫະພັນ...)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agency&apos;s comment on this recommendation</source>
        <translation>ຄຳເຫັນຂອງພາກສ່ວນຕໍ່ຂໍ້ສະເໜີແນະນີ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the agency said; Enter adds it with today&apos;s date</source>
        <translation>ສິ່ງທີ່ພາກສ່ວນດັ່ງກ່າວໄດ້ກ່າວ; ກົດ Enter ເພື່ອເພີ່ມພ້ອມວັນທີມື້ນີ້</translation>
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
        <location line="+38"/>
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
        <location filename="../../gui/country/models.py" line="+120"/>
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
        <location filename="../../gui/country/tab.py" line="+49"/>
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
        <location line="+15"/>
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
        <location line="+12"/>
        <source>The year the table and the pyramid show</source>
        <translation>ປີທີ່ສະແດງໃນຕາຕະລາງ ແລະ ປີຣາມິດພົນລະເມືອງ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Year:</source>
        <translation>ປີ:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{field}, in {currency}, in the base year; e.g. {example}</source>
        <translation>{field}, ເປັນ {currency}, ໃນປີພື້ນຖານ; ເຊັ່ນ {example}</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+3"/>
        <source>{field}, in %: one value for every year, or values by year (years between are interpolated)</source>
        <translatorcomment>Native review: &apos;interpolate&apos; rendered ຄິດໄລ່ແບບສອດແຊກ as in the Report text; CountryModels uses ປະມານຄ່າລະຫວ່າງປີ.</translatorcomment>
        <translation>{field}, ເປັນ %: ຄ່າດຽວສຳລັບທຸກປີ, ຫຼື ຄ່າແຕ່ລະປີ (ປີທີ່ຢູ່ລະຫວ່າງກາງ ຈະຖືກຄິດໄລ່ແບບສອດແຊກ)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Input</source>
        <translation>ຂໍ້ມູນປ້ອນເຂົ້າ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source note</source>
        <translation>ໝາຍເຫດແຫຼ່ງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>To fill in: {message}</source>
        <translation>ຕ້ອງປ້ອນ: {message}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No problem found in the country data.</source>
        <translation>ບໍ່ພົບບັນຫາໃນຂໍ້ມູນປະເທດ.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No labour data in this project.</source>
        <translation>ໂປຣເຈັກນີ້ບໍ່ມີຂໍ້ມູນແຮງງານ.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Edit {item}</source>
        <translation>ແກ້ໄຂ {item}</translation>
    </message>
    <message>
        <location line="+25"/>
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
    <message>
        <location line="+13"/>
        <source>Economy: {name}</source>
        <translation>ເສດຖະກິດ: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population in {year}</source>
        <translation>ພົນລະເມືອງ ປີ {year}</translation>
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
        <location filename="../../gui/shell/dialogs.py" line="+68"/>
        <source>Child benefit, ages 0-5</source>
        <translation>ເງິນອຸດໜູນເດັກ, ອາຍຸ 0-5 ປີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social pension, 65 and over</source>
        <translatorcomment>Native review: social pension (ບໍານານສັງຄົມ).</translatorcomment>
        <translation>ບໍານານສັງຄົມ, ອາຍຸ 65 ປີຂຶ້ນໄປ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability benefit</source>
        <translation>ເງິນອຸດໜູນຄົນພິການ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maternity benefit</source>
        <translatorcomment>Native review: maternity benefit; LSSO uses ເງິນອຸດໜູນເກີດລູກ.</translatorcomment>
        <translation>ເງິນອຸດໜູນການເກີດລູກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health care for the uncovered</source>
        <translation>ການປິ່ນປົວສຸຂະພາບ ສຳລັບຜູ້ທີ່ຍັງບໍ່ໄດ້ຮັບການປົກຄຸມ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New project from country data</source>
        <translation>ໂປຣເຈັກໃໝ່ຈາກຂໍ້ມູນປະເທດ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scenarios to start with; their benefits start from an anchor the country data have, and Country data lists what else they need</source>
        <translation>ສະຖານະການສົມມຸດທີ່ຈະເລີ່ມຕົ້ນ; ເງິນອຸດໜູນຂອງພວກມັນເລີ່ມຈາກຖານອ້າງອີງທີ່ຂໍ້ມູນປະເທດມີ, ແລະ ໜ້າຂໍ້ມູນປະເທດຈະສະແດງສິ່ງອື່ນທີ່ຍັງຕ້ອງການ</translation>
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
        <location line="+1"/>
        <source>Start with</source>
        <translation>ເລີ່ມດ້ວຍ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save the new project as</source>
        <translation>ບັນທຶກໂປຣເຈັກໃໝ່ເປັນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ABND project (*.abnd)</source>
        <translation>ໂປຣເຈັກ ABND (*.abnd)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>already exists; choose another name</source>
        <translation>ມີຢູ່ແລ້ວ; ກະລຸນາເລືອກຊື່ອື່ນ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create the project</source>
        <translation>ບໍ່ສາມາດສ້າງໂປຣເຈັກໄດ້</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+22"/>
        <source>Import {file}</source>
        <translation>ນຳເຂົ້າ {file}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was imported</source>
        <translation>ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported</source>
        <translation>ນຳເຂົ້າແລ້ວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed:</source>
        <translation>ສິ່ງທີ່ປ່ຽນແປງ:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Years between the imported years</source>
        <translation>ປີທີ່ຢູ່ລະຫວ່າງປີທີ່ນຳເຂົ້າ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file gives population for some years only. The project has {count} year(s) between them ({years}) from its own data: keeping them would mix two sources.</source>
        <translation>ໄຟລ໌ນີ້ມີຂໍ້ມູນພົນລະເມືອງສະເພາະບາງປີເທົ່ານັ້ນ. ໂປຣເຈັກມີ {count} ປີ ທີ່ຢູ່ລະຫວ່າງປີເຫຼົ່ານັ້ນ ({years}) ຈາກຂໍ້ມູນຂອງໂປຣເຈັກເອງ: ຖ້າເກັບປີເຫຼົ່ານີ້ໄວ້ ຈະເປັນການປະສົມຂໍ້ມູນຈາກສອງແຫຼ່ງ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interpolate between the imported years</source>
        <translatorcomment>Native review: &apos;interpolate&apos; rendered ຄິດໄລ່ແບບສອດແຊກ as in the Report text; CountryModels uses ປະມານຄ່າລະຫວ່າງປີ.</translatorcomment>
        <translation>ຄິດໄລ່ແບບສອດແຊກລະຫວ່າງປີທີ່ນຳເຂົ້າ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the project&apos;s years</source>
        <translation>ເກັບປີຂອງໂປຣເຈັກໄວ້</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the import template</source>
        <translation>ບັນທຶກແມ່ແບບການນຳເຂົ້າ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>ສະໝຸດວຽກ Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot save the template</source>
        <translation>ບໍ່ສາມາດບັນທຶກແມ່ແບບໄດ້</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template saved to {path}</source>
        <translation>ບັນທຶກແມ່ແບບໄວ້ທີ່ {path} ແລ້ວ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ABND report (*.pdf)</source>
        <translation>ບົດລາຍງານ ABND (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ABND report, editable in Word (*.docx)</source>
        <translation>ບົດລາຍງານ ABND, ແກ້ໄຂໄດ້ໃນ Word (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ABND report, editable (*.odt)</source>
        <translation>ບົດລາຍງານ ABND, ແກ້ໄຂໄດ້ (*.odt)</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+5"/>
        <source>RAP &amp;workbook with live formulas...</source>
        <translation>ສະໝຸດວຽກ RAP ທີ່ມີສູດຄິດໄລ່ (&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results table (&amp;Excel)...</source>
        <translation>ຕາຕະລາງຜົນໄດ້ຮັບ (Excel) (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results table (&amp;CSV)...</source>
        <translation>ຕາຕະລາງຜົນໄດ້ຮັບ (CSV) (&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results (&amp;JSON)...</source>
        <translation>ຜົນໄດ້ຮັບ (JSON) (&amp;J)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project exchange file (JSO&amp;N)...</source>
        <translation>ໄຟລ໌ແລກປ່ຽນໂຄງການ (JSON) (&amp;N)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export</source>
        <translation>ສົ່ງອອກ</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+38"/>
        <source>Cannot export</source>
        <translation>ບໍ່ສາມາດສົ່ງອອກໄດ້</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+38"/>
        <location line="+21"/>
        <source>Exported to {path}</source>
        <translation>ສົ່ງອອກໄປທີ່ {path} ແລ້ວ</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>could not be written ({reason})</source>
        <translation>ບໍ່ສາມາດບັນທຶກໄດ້ ({reason})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exporting to {path}...</source>
        <translation>ກຳລັງສົ່ງອອກໄປທີ່ {path}…</translation>
    </message>
    <message>
        <location line="+72"/>
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
        <location filename="../../engine/analysis/cost_model.py" line="+94"/>
        <source>&quot;{key}&quot; is not a costed scenario of this project</source>
        <comment>uncertainty.key_costed_scenario_project</comment>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.
Native review: ຄ່າໃຊ້ຈ່າຍ is proposed (glossary: cost), the usual word, but no page using it was recorded.</translatorcomment>
        <translation>&quot;{key}&quot; ບໍ່ແມ່ນສະຖານະການສົມມຸດທີ່ຄິດໄລ່ຄ່າໃຊ້ຈ່າຍແລ້ວຂອງໂປຣເຈັກນີ້</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;{key}&quot; is not a costed package of this project</source>
        <comment>uncertainty.key_costed_package_project</comment>
        <translatorcomment>Native review: ຊຸດສິດທິປະໂຫຍດ is proposed (glossary: package (of benefits)), composed (ຊຸດ + ສິດທິປະໂຫຍດ), no Lao source.
Native review: ຄ່າໃຊ້ຈ່າຍ is proposed (glossary: cost), the usual word, but no page using it was recorded.</translatorcomment>
        <translation>&quot;{key}&quot; ບໍ່ແມ່ນຊຸດສິດທິປະໂຫຍດທີ່ຄິດໄລ່ຄ່າໃຊ້ຈ່າຍແລ້ວຂອງໂປຣເຈັກນີ້</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the financing gap is a package&apos;s: use --package</source>
        <comment>uncertainty.gap_of_a_package</comment>
        <translation>ການຂາດເຂີນທຶນ ແມ່ນຂອງຊຸດສິດທິປະໂຫຍດ: ໃຊ້ --package</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>package &quot;{key}&quot; has no financing source, so it has no financing gap</source>
        <comment>uncertainty.no_financing_gap</comment>
        <translation>ຊຸດສິດທິປະໂຫຍດ &quot;{key}&quot; ບໍ່ມີແຫຼ່ງສະໜອງທຶນ, ດັ່ງນັ້ນຈຶ່ງບໍ່ມີການຂາດເຂີນທຶນ</translation>
    </message>
    <message>
        <location filename="../../engine/analysis/uncertainty.py" line="+98"/>
        <source>{year} is outside the projection years {first}-{last}</source>
        <comment>uncertainty.year_outside_projection_years</comment>
        <translation>{year} ຢູ່ນອກຊ່ວງປີຂອງການຄາດຄະເນ {first}-{last}</translation>
    </message>
    <message>
        <location filename="../../engine/analysis/draws.py" line="+31"/>
        <source>&quot;{assumption}&quot; is not one of {assumptions}</source>
        <comment>uncertainty.assumption_one_assumptions</comment>
        <translation>&quot;{assumption}&quot; ບໍ່ແມ່ນໜຶ່ງໃນ {assumptions}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>low {low:g} is above high {high:g}</source>
        <comment>uncertainty.low_low_g_above</comment>
        <translation>ຄ່າຕ່ຳ {low:g} ສູງກວ່າຄ່າສູງ {high:g}</translation>
    </message>
    <message>
        <location filename="../../engine/analysis/uncertainty.py" line="+71"/>
        <source>must be at least 1</source>
        <comment>uncertainty.must_least</comment>
        <translation>ຕ້ອງບໍ່ຕ່ຳກວ່າ 1</translation>
    </message>
    <message>
        <location filename="../../engine/cli/analysis.py" line="+109"/>
        <source>&quot;{name}&quot;: use a .csv or .json file name</source>
        <comment>analysis.name_use_csv_json</comment>
        <translation>&quot;{name}&quot;: ກະລຸນາໃຊ້ຊື່ໄຟລ໌ທີ່ລົງທ້າຍດ້ວຍ .csv ຫຼື .json</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{row}: {name} is not a finite number; nothing was written</source>
        <comment>analysis.row_name_finite_number</comment>
        <translatorcomment>Native review: ຕົວເລກທີ່ມີຄ່າຈຳກັດ is not in the glossary (finite number: not Infinity or NaN), composed.</translatorcomment>
        <translation>{row}: {name} ບໍ່ແມ່ນຕົວເລກທີ່ມີຄ່າຈຳກັດ; ບໍ່ມີຫຍັງຖືກຂຽນລົງໄຟລ໌</translation>
    </message>
    <message>
        <location filename="../../engine/cli/commands.py" line="+43"/>
        <source>already exists; choose another name</source>
        <comment>commands.already_exists_choose_another</comment>
        <translation>ມີຢູ່ແລ້ວ; ກະລຸນາເລືອກຊື່ອື່ນ</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the workbook is an .xlsx file; name it ....xlsx</source>
        <comment>commands.workbook_xlsx</comment>
        <translatorcomment>Native review: ສະໝຸດວຽກ is not in the glossary (workbook), spreadsheet word, check LibreOffice Lao.</translatorcomment>
        <translation>ສະໝຸດວຽກແມ່ນໄຟລ໌ .xlsx; ກະລຸນາຕັ້ງຊື່ໃຫ້ລົງທ້າຍດ້ວຍ .xlsx</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the template is an .xlsx workbook; name it ....xlsx</source>
        <comment>commands.template_xlsx</comment>
        <translatorcomment>Native review: ສະໝຸດວຽກ is not in the glossary (workbook), spreadsheet word, check LibreOffice Lao.
Native review: ແມ່ແບບ is not in the glossary (template, the ABND Studio import workbook), composed.</translatorcomment>
        <translation>ແມ່ແບບແມ່ນສະໝຸດວຽກ .xlsx; ກະລຸນາຕັ້ງຊື່ໃຫ້ລົງທ້າຍດ້ວຍ .xlsx</translation>
    </message>
    <message>
        <location filename="../../engine/countries/bundled.py" line="+69"/>
        <source>no bundled data for &quot;{iso3}&quot;; bundled: {known}</source>
        <comment>bundled.no_bundled_data_iso</comment>
        <translation>ABND Studio ບໍ່ມີຂໍ້ມູນປະເທດສຳລັບ &quot;{iso3}&quot;; ປະເທດທີ່ມີຂໍ້ມູນ: {known}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is not {format}</source>
        <comment>bundled.format</comment>
        <translation>ບໍ່ແມ່ນ {format}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{base}-{end} is outside the bundled population, {first_year}-{last_year}; choose a base year before the end year within it</source>
        <comment>bundled.base_end_outside_bundled</comment>
        <translatorcomment>Native review: ປີພື້ນຖານ is proposed (glossary: base year), composed.</translatorcomment>
        <translation>{base}-{end} ຢູ່ນອກຊ່ວງປີທີ່ ABND Studio ມີຂໍ້ມູນພົນລະເມືອງ ({first_year}-{last_year}); ກະລຸນາເລືອກປີພື້ນຖານ ແລະ ປີສຸດທ້າຍພາຍໃນຊ່ວງນີ້ ໂດຍປີພື້ນຖານຕ້ອງຢູ່ກ່ອນປີສຸດທ້າຍ</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>gives no value for {year}</source>
        <comment>bundled.gives_no_value_year</comment>
        <translation>ບໍ່ມີຄ່າສຳລັບປີ {year}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{base} is before the first bundled GDP year, {gdp}</source>
        <comment>bundled.base_before_first_bundled</comment>
        <translation>{base} ຢູ່ກ່ອນປີທຳອິດທີ່ ABND Studio ມີຂໍ້ມູນ GDP ({gdp})</translation>
    </message>
    <message>
        <location filename="../../engine/domain/ages.py" line="+22"/>
        <source>&quot;{raw}&quot; is not an age group such as &quot;0-4&quot; or &quot;100+&quot;</source>
        <comment>ages.raw_age_group_such</comment>
        <translatorcomment>Native review: ກຸ່ມອາຍຸ is proposed (glossary: age group), composed (LSB writes ເກນອາຍຸ).</translatorcomment>
        <translation>&quot;{raw}&quot; ບໍ່ແມ່ນກຸ່ມອາຍຸ ເຊັ່ນ &quot;0-4&quot; ຫຼື &quot;100+&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;{raw}&quot;: ages must be between 0 and 100</source>
        <comment>ages.raw_ages_must_between</comment>
        <translation>&quot;{raw}&quot;: ອາຍຸຕ້ອງຢູ່ລະຫວ່າງ 0 ຫາ 100</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;{raw}&quot;: the age group is reversed</source>
        <comment>ages.raw_age_group_reversed</comment>
        <translatorcomment>Native review: ກຸ່ມອາຍຸ is proposed (glossary: age group), composed (LSB writes ເກນອາຍຸ).</translatorcomment>
        <translation>&quot;{raw}&quot;: ກຸ່ມອາຍຸຂຽນປີ້ນກັນ (ອາຍຸເລີ່ມຕົ້ນສູງກວ່າອາຍຸສຸດທ້າຍ)</translation>
    </message>
    <message>
        <location filename="../../engine/edits/apply.py" line="+104"/>
        <source>has no entry &quot;{key}&quot;</source>
        <comment>apply.has_no_entry_key</comment>
        <translation>ບໍ່ມີລາຍການ &quot;{key}&quot;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;{kind}&quot; is not something a project holds</source>
        <comment>apply.kind_something_project_holds</comment>
        <translation>&quot;{kind}&quot; ບໍ່ແມ່ນປະເພດຂໍ້ມູນທີ່ໂປຣເຈັກເກັບໄວ້</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+47"/>
        <source>position {position} is outside 0-{count}</source>
        <comment>apply.position_position_outside_count</comment>
        <translation>ຕຳແໜ່ງ {position} ຢູ່ນອກຂອບເຂດ 0-{count}</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>its key is &quot;{key_of}&quot;, not &quot;{key}&quot;</source>
        <comment>apply.its_key_key_key</comment>
        <translatorcomment>Native review: ຄີ is not in the glossary (key, of a JSON object or a stored entry), loanword.</translatorcomment>
        <translation>ຄີຂອງມັນແມ່ນ &quot;{key_of}&quot;, ບໍ່ແມ່ນ &quot;{key}&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+67"/>
        <source>is required and cannot be removed</source>
        <comment>apply.required_cannot_removed</comment>
        <translation>ເປັນຂໍ້ມູນທີ່ຈຳເປັນ ແລະ ບໍ່ສາມາດເອົາອອກໄດ້</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>is not a project field (one of {fields})</source>
        <comment>apply.project_field_one_fields</comment>
        <translation>ບໍ່ແມ່ນຊ່ອງຂໍ້ມູນຂອງໂປຣເຈັກ (ຕ້ອງແມ່ນໜຶ່ງໃນ {fields})</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>is empty; give at least one population row</source>
        <comment>apply.empty_give_least_one</comment>
        <translation>ຫວ່າງເປົ່າ; ກະລຸນາໃສ່ຂໍ້ມູນພົນລະເມືອງຢ່າງໜ້ອຍໜຶ່ງແຖວ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>repeats row {seen} ({key})</source>
        <comment>apply.repeats_row_seen_key</comment>
        <translation>ຊ້ຳກັບແຖວ {seen} ({key})</translation>
    </message>
    <message>
        <location filename="../../engine/format/json_file.py" line="+48"/>
        <source>does not exist or is not a file</source>
        <comment>json_file.does_exist_file</comment>
        <translation>ບໍ່ມີຢູ່ ຫຼື ບໍ່ແມ່ນໄຟລ໌</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file is {size:.0f} MB; the limit is 200 MB</source>
        <comment>json_file.file_size_f_mb</comment>
        <translation>ໄຟລ໌ມີຂະໜາດ {size:.0f} MB; ຂີດຈຳກັດແມ່ນ 200 MB</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot be read ({reason})</source>
        <comment>json_file.cannot_read_value</comment>
        <translation>ບໍ່ສາມາດອ່ານໄດ້ ({reason})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is not UTF-8 text (byte 0x{raw:02x} at position {start})</source>
        <comment>json_file.utf_text_byte_x</comment>
        <translatorcomment>Native review: ໄບຕ໌ is not in the glossary (byte), loanword.</translatorcomment>
        <translation>ບໍ່ແມ່ນຂໍ້ຄວາມ UTF-8 (ໄບຕ໌ 0x{raw:02x} ທີ່ຕຳແໜ່ງ {start})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is empty</source>
        <comment>json_file.empty</comment>
        <translation>ຫວ່າງເປົ່າ</translation>
    </message>
    <message>
        <location filename="../../engine/format/read.py" line="+68"/>
        <source>expected &quot;{format}&quot;: this is not an ABND Studio project</source>
        <comment>read.expected_format_abnd_studio</comment>
        <translation>ຕ້ອງເປັນ &quot;{format}&quot;: ນີ້ບໍ່ແມ່ນໂປຣເຈັກ ABND Studio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{version} is newer than this version of ABND Studio reads ({readable}); update ABND Studio to open it</source>
        <comment>read.version_newer_than_version</comment>
        <translation>ສະບັບ {version} ໃໝ່ກວ່າສະບັບລ່າສຸດທີ່ ABND Studio ລຸ້ນນີ້ອ່ານໄດ້ ({readable}); ກະລຸນາປັບປຸງ ABND Studio ເປັນລຸ້ນໃໝ່ ເພື່ອເປີດໄຟລ໌ນີ້</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected {map}, found {describe}</source>
        <comment>read.expected_map_found_describe</comment>
        <translation>ຕ້ອງເປັນ {map}, ແຕ່ພົບ {describe}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>is missing; a projection over more than one year ({base}-{end}) needs it</source>
        <comment>read.missing_projection_over_more</comment>
        <translatorcomment>Native review: ຂາດຫາຍໄປ is not in the glossary (is missing, of a field in a file), composed; alternative ບໍ່ໄດ້ໃສ່ໄວ້.</translatorcomment>
        <translation>ຂາດຫາຍໄປ; ການຄາດຄະເນຫຼາຍກວ່າໜຶ່ງປີ ({base}-{end}) ຕ້ອງມີຂໍ້ມູນນີ້</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>is new in format version 2; this file says format_version 1</source>
        <comment>read.new_format_version_file</comment>
        <translation>ເປັນຊ່ອງຂໍ້ມູນໃໝ່ໃນຮູບແບບໄຟລ໌ສະບັບ 2; ແຕ່ໄຟລ໌ນີ້ລະບຸ format_version 1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>is new in format version 3; this file says format_version {version}</source>
        <comment>read.new_in_format_version_3</comment>
        <translation>ເປັນຂໍ້ມູນໃໝ່ໃນຮູບແບບສະບັບ 3; ໄຟລ໌ນີ້ລະບຸ format_version {version}</translation>
    </message>
    <message>
        <location filename="../../engine/format/references.py" line="+27"/>
        <source>&quot;{replaces}&quot; is not the id of any scenario</source>
        <comment>read.replaces_id_any_scenario</comment>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>&quot;{replaces}&quot; ບໍ່ແມ່ນລະຫັດຂອງສະຖານະການສົມມຸດໃດເລີຍ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;{replaces}&quot; is not an existing scheme</source>
        <comment>read.replaces_existing_scheme</comment>
        <translatorcomment>Native review: ທີ່ມີຢູ່ແລ້ວ is proposed (glossary: existing (status)), composed.</translatorcomment>
        <translation>&quot;{replaces}&quot; ບໍ່ແມ່ນໂຄງການທີ່ມີຢູ່ແລ້ວ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;{member}&quot; is not the id of any scenario</source>
        <comment>read.member_id_any_scenario</comment>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>&quot;{member}&quot; ບໍ່ແມ່ນລະຫັດຂອງສະຖານະການສົມມຸດໃດເລີຍ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;{linked}&quot; is not the id of any scenario</source>
        <comment>read.linked_id_any_scenario</comment>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>&quot;{linked}&quot; ບໍ່ແມ່ນລະຫັດຂອງສະຖານະການສົມມຸດໃດເລີຍ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;{source}&quot; is not the id of any financing source</source>
        <comment>read.financing_id_any_source</comment>
        <translation>&quot;{source}&quot; ບໍ່ແມ່ນລະຫັດຂອງແຫຼ່ງສະໜອງທຶນໃດ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;{other}&quot; is not the id of any scenario</source>
        <comment>read.contributions_id_any_scenario</comment>
        <translation>&quot;{other}&quot; ບໍ່ແມ່ນລະຫັດຂອງສະຖານະການສົມມຸດໃດ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;{other}&quot; is a {kind} scenario, whose beneficiaries are not members paying contributions (use one of: {kinds})</source>
        <comment>read.contributions_kind_not_members</comment>
        <translation>&quot;{other}&quot; ເປັນສະຖານະການສົມມຸດປະເພດ {kind}, ເຊິ່ງຜູ້ໄດ້ຮັບສິດບໍ່ແມ່ນສະມາຊິກທີ່ຈ່າຍເງິນສົມທົບ (ໃຊ້ປະເພດໃດໜຶ່ງ: {kinds})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;{other}&quot; is not the id of any scenario</source>
        <comment>read.other_id_any_scenario</comment>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>&quot;{other}&quot; ບໍ່ແມ່ນລະຫັດຂອງສະຖານະການສົມມຸດໃດເລີຍ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a scenario cannot be covered by itself</source>
        <comment>read.scenario_cannot_covered_itself</comment>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>ສະຖານະການສົມມຸດບໍ່ສາມາດຖືກປົກຄຸມໂດຍຕົວມັນເອງໄດ້</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;{other}&quot; is a {kind} scenario, whose beneficiaries have no age and sex to remove (use one of: {kinds})</source>
        <comment>read.other_kind_scenario_whose</comment>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.
Native review: ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ is proposed (glossary: beneficiaries), composed; LSSO writes ຜູ້ເກີດສິດ or ຜູ້ຮັບເງິນອຸດໜູນ, pick one.</translatorcomment>
        <translation>&quot;{other}&quot; ເປັນສະຖານະການສົມມຸດປະເພດ {kind}, ເຊິ່ງຜູ້ໄດ້ຮັບຜົນປະໂຫຍດບໍ່ໄດ້ແຍກຕາມອາຍຸ ແລະ ເພດ ຈຶ່ງຫັກອອກບໍ່ໄດ້ (ໃຊ້ໄດ້ສະເພາະປະເພດ: {kinds})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is circular: {found} (a scheme cannot exclude the beneficiaries of a scheme that excludes its own)</source>
        <comment>read.circular_found_scheme_cannot</comment>
        <translatorcomment>Native review: ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ is proposed (glossary: beneficiaries), composed; LSSO writes ຜູ້ເກີດສິດ or ຜູ້ຮັບເງິນອຸດໜູນ, pick one.</translatorcomment>
        <translation>ອ້າງອີງກັນເປັນວົງວຽນ: {found} (ໂຄງການໜຶ່ງບໍ່ສາມາດຫັກຜູ້ໄດ້ຮັບຜົນປະໂຫຍດຂອງໂຄງການອື່ນ ທີ່ຫັກຜູ້ໄດ້ຮັບຜົນປະໂຫຍດຂອງໂຄງການນັ້ນເອງອອກ)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;{item}&quot; is used twice; ids must be unique</source>
        <comment>read.item_used_twice_ids</comment>
        <translation>&quot;{item}&quot; ຖືກໃຊ້ສອງເທື່ອ; ລະຫັດຕ້ອງບໍ່ຊ້ຳກັນ</translation>
    </message>
    <message>
        <location filename="../../engine/format/read.py" line="+33"/>
        <source>&quot;{iso3}&quot; is not a three-letter ISO code such as &quot;LAO&quot;</source>
        <comment>read.iso_three_letter_iso</comment>
        <translation>&quot;{iso3}&quot; ບໍ່ແມ່ນລະຫັດ ISO ສາມຕົວອັກສອນ ເຊັ່ນ &quot;LAO&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{end} is before the base year {base}</source>
        <comment>read.end_before_base_year</comment>
        <translatorcomment>Native review: ປີພື້ນຖານ is proposed (glossary: base year), composed.</translatorcomment>
        <translation>{end} ຢູ່ກ່ອນປີພື້ນຖານ {base}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a horizon of {end} years is over the limit of 100</source>
        <comment>read.horizon_end_years_over</comment>
        <translation>ໄລຍະການຄາດຄະເນ {end} ປີ ເກີນຂີດຈຳກັດ 100 ປີ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a fiscal year starting in month {month} spans two calendar years, so the projection needs at least two (base {base} and end {end} are one); its first fiscal year ends in the year after the base year</source>
        <comment>read.fiscal_year_starting_month</comment>
        <translatorcomment>Native review: ປີພື້ນຖານ is proposed (glossary: base year), composed.</translatorcomment>
        <translation>ສົກປີງົບປະມານທີ່ເລີ່ມໃນເດືອນ {month} ກວມເອົາສອງປີປະຕິທິນ, ສະນັ້ນການຄາດຄະເນຕ້ອງມີຢ່າງໜ້ອຍສອງປີ (ປີພື້ນຖານ {base} ແລະ ປີສຸດທ້າຍ {end} ເປັນປີດຽວກັນ); ສົກປີງົບປະມານທຳອິດຈະສິ້ນສຸດໃນປີຖັດຈາກປີພື້ນຖານ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>is empty; give at least one population row</source>
        <comment>read.empty_give_least_one</comment>
        <translation>ຫວ່າງເປົ່າ; ກະລຸນາໃສ່ຂໍ້ມູນພົນລະເມືອງຢ່າງໜ້ອຍໜຶ່ງແຖວ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&quot;{group}&quot; is not a 5-year group (0-4, 5-9, ..., 95-99) or &quot;100+&quot;</source>
        <comment>read.group_year_group</comment>
        <translatorcomment>Native review: ກຸ່ມອາຍຸ 5 ປີ is proposed (glossary: 5-year age group), composed.</translatorcomment>
        <translation>&quot;{group}&quot; ບໍ່ແມ່ນກຸ່ມອາຍຸ 5 ປີ (0-4, 5-9, ..., 95-99) ຫຼື &quot;100+&quot;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>give exactly one of &quot;age&quot; or &quot;age_group&quot;</source>
        <comment>read.give_exactly_one_age</comment>
        <translation>ກະລຸນາໃສ່ &quot;age&quot; ຫຼື &quot;age_group&quot; ພຽງຢ່າງໃດຢ່າງໜຶ່ງ</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>expected values per year such as {{&quot;2026&quot;: 1.2e12}}</source>
        <comment>read.expected_values_per_year</comment>
        <translation>ຕ້ອງເປັນຄ່າຕາມປີ ເຊັ່ນ {{&quot;2026&quot;: 1.2e12}}</translation>
    </message>
    <message>
        <location filename="../../engine/format/read_matrix.py" line="+19"/>
        <source>was replaced in format version 3 by financing sources: list the source in financing_sources and its id in the package&apos;s financing</source>
        <comment>read.envelope_replaced</comment>
        <translation>ຖືກແທນທີ່ໃນຮູບແບບສະບັບ 3 ດ້ວຍແຫຼ່ງສະໜອງທຶນ: ລະບຸແຫຼ່ງທຶນໃນ financing_sources ແລະ ລະຫັດຂອງມັນໃນ financing ຂອງຊຸດສິດທິປະໂຫຍດ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;{member}&quot; is listed twice</source>
        <comment>read.member_listed_twice</comment>
        <translation>&quot;{member}&quot; ຖືກລະບຸສອງເທື່ອ</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>repeats the comment id &quot;{id}&quot;</source>
        <comment>read.repeats_comment_id</comment>
        <translation>ລະຫັດຄຳເຫັນ &quot;{id}&quot; ຊ້ຳກັນ</translation>
    </message>
    <message>
        <location filename="../../engine/format/read.py" line="+71"/>
        <source>low {low:g} is above high {high:g}</source>
        <comment>read.low_low_g_above</comment>
        <translation>ຄ່າຕ່ຳ {low:g} ສູງກວ່າຄ່າສູງ {high:g}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>gives &quot;{name}&quot; more than once</source>
        <comment>read.gives_name_more_than</comment>
        <translation>ລະບຸ &quot;{name}&quot; ຫຼາຍກວ່າໜຶ່ງເທື່ອ</translation>
    </message>
    <message>
        <location filename="../../engine/format/read_scenario.py" line="+36"/>
        <source>is missing (this field is required)</source>
        <comment>read_scenario.missing_field_required</comment>
        <translatorcomment>Native review: ຂາດຫາຍໄປ is not in the glossary (is missing, of a field in a file), composed; alternative ບໍ່ໄດ້ໃສ່ໄວ້.</translatorcomment>
        <translation>ຂາດຫາຍໄປ (ຊ່ອງນີ້ຈຳເປັນຕ້ອງມີ)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>needs the scheme&apos;s first year: give take_up per year or as a ramp (one number holds for every year, so the scheme has no first year)</source>
        <comment>read_scenario.needs_scheme_s_first</comment>
        <translatorcomment>Native review: ການເພີ່ມຂຶ້ນເທື່ອລະກ້າວ (ramp) is the window&apos;s field name (context Fields); ອັດຕາການເຂົ້າຮັບສິດ is proposed (glossary: take-up rate), composed.</translatorcomment>
        <translation>ຕ້ອງການປີທຳອິດຂອງໂຄງການ: ກະລຸນາໃສ່ take_up (ອັດຕາການເຂົ້າຮັບສິດ) ເປັນຄ່າຕາມປີ ຫຼື ແບບການເພີ່ມຂຶ້ນເທື່ອລະກ້າວ (ຕົວເລກດຽວໃຊ້ກັບທຸກປີ, ສະນັ້ນໂຄງການຈຶ່ງບໍ່ມີປີທຳອິດ)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>is not used by scenarios of kind &apos;{kind}&apos;</source>
        <comment>read_scenario.used_scenarios_kind_kind</comment>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>ບໍ່ໄດ້ໃຊ້ໃນສະຖານະການສົມມຸດປະເພດ &quot;{kind}&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>names no scenario; leave it out instead</source>
        <comment>read_scenario.names_no_scenario_leave</comment>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>ບໍ່ໄດ້ລະບຸສະຖານະການສົມມຸດໃດເລີຍ; ກະລຸນາເອົາຊ່ອງນີ້ອອກແທນ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;{item}&quot; is listed twice</source>
        <comment>read_scenario.item_listed_twice</comment>
        <translation>&quot;{item}&quot; ຖືກລະບຸສອງເທື່ອ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>gives no age band</source>
        <comment>read_scenario.gives_no_age_band</comment>
        <translatorcomment>Native review: ກຸ່ມອາຍຸ is proposed (glossary: age group), composed (LSB writes ເກນອາຍຸ).</translatorcomment>
        <translation>ບໍ່ມີກຸ່ມອາຍຸໃດເລີຍ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>ages {low}-{high} overlap ages {other_low}-{other_high}</source>
        <comment>read_scenario.ages_ages_ages_overlap</comment>
        <translation>ອາຍຸ {low}-{high} ຊ້ອນກັບອາຍຸ {other_low}-{other_high}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>is missing: give &quot;fixed&quot; or &quot;anchor&quot;</source>
        <comment>read_scenario.missing_give_fixed_anchor</comment>
        <translatorcomment>Native review: ຂາດຫາຍໄປ is not in the glossary (is missing, of a field in a file), composed; alternative ບໍ່ໄດ້ໃສ່ໄວ້.</translatorcomment>
        <translation>ຂາດຫາຍໄປ: ກະລຸນາໃສ່ &quot;fixed&quot; ຫຼື &quot;anchor&quot;</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>needs the scenario&apos;s ages, which a {value} kind has not</source>
        <comment>read_scenario.needs_scenario_s_ages</comment>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>ຕ້ອງການອາຍຸຂອງສະຖານະການສົມມຸດ, ເຊິ່ງປະເພດ {value} ບໍ່ມີ</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>gives no tier; give at least one age band</source>
        <comment>read_scenario.gives_no_tier_give</comment>
        <translatorcomment>Native review: ກຸ່ມອາຍຸ is proposed (glossary: age group), composed (LSB writes ເກນອາຍຸ).</translatorcomment>
        <translation>ບໍ່ມີຂັ້ນເງິນອຸດໜູນ; ກະລຸນາໃສ່ຢ່າງໜ້ອຍໜຶ່ງກຸ່ມອາຍຸ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{band} start below the scenario&apos;s {scenario_ages}</source>
        <comment>read_scenario.tier_below_ages</comment>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>{band} ເລີ່ມຕົ້ນກ່ອນຂອບເຂດ {scenario_ages} ຂອງສະຖານະການສົມມຸດ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{band} overlap the tier that ends at age {age}</source>
        <comment>read_scenario.tier_overlap</comment>
        <translation>{band} ຊ້ອນກັບຂັ້ນທີ່ສິ້ນສຸດຢູ່ອາຍຸ {age}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{band} leave a gap: no tier pays {gap}</source>
        <comment>read_scenario.band_leave_gap_no</comment>
        <translation>{band} ເຮັດໃຫ້ເກີດຊ່ອງຫວ່າງ: ບໍ່ມີຂັ້ນໃດຈ່າຍໃຫ້ {gap}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{band} go past the scenario&apos;s {scenario_ages}</source>
        <comment>read_scenario.band_go_past_scenario</comment>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>{band} ເກີນຂອບເຂດ {scenario_ages} ຂອງສະຖານະການສົມມຸດ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} leave a gap: no tier pays {gap}</source>
        <comment>read_scenario.value_leave_gap_no</comment>
        <translation>{value} ເຮັດໃຫ້ເກີດຊ່ອງຫວ່າງ: ບໍ່ມີຂັ້ນໃດຈ່າຍໃຫ້ {gap}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>age {age}</source>
        <comment>read_scenario.age</comment>
        <translation>ອາຍຸ {age}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ages {low}-{high}</source>
        <comment>read_scenario.ages</comment>
        <translation>ອາຍຸ {low}-{high}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{target_year} is before the start year {start_year}</source>
        <comment>read_scenario.target_year_before_start</comment>
        <translation>{target_year} ຢູ່ກ່ອນປີເລີ່ມຕົ້ນ {start_year}</translation>
    </message>
    <message>
        <location filename="../../engine/format/strict_json.py" line="+34"/>
        <source>is not valid JSON: {msg} at line {lineno} column {colno}</source>
        <comment>strict_json.valid_json_msg_line</comment>
        <translation>ບໍ່ແມ່ນ JSON ທີ່ຖືກຕ້ອງ: {msg} ທີ່ແຖວ {lineno} ຖັນ {colno}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not valid JSON: nested more than {depth} deep</source>
        <comment>strict_json.valid_json_nested_more</comment>
        <translation>ບໍ່ແມ່ນ JSON ທີ່ຖືກຕ້ອງ: ຊ້ອນກັນເລິກເກີນ {depth} ຊັ້ນ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>is not valid JSON for a project: nested more than {depth} deep (at line {line})</source>
        <comment>strict_json.valid_json_project_nested</comment>
        <translation>ບໍ່ແມ່ນ JSON ທີ່ຖືກຕ້ອງສຳລັບໂປຣເຈັກ: ຊ້ອນກັນເລິກເກີນ {depth} ຊັ້ນ (ທີ່ແຖວ {line})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} is not a number JSON allows; write a finite number</source>
        <comment>strict_json.name_number_json_allows</comment>
        <translatorcomment>Native review: ຕົວເລກທີ່ມີຄ່າຈຳກັດ is not in the glossary (finite number: not Infinity or NaN), composed.</translatorcomment>
        <translation>{name} ບໍ່ແມ່ນຕົວເລກທີ່ JSON ອະນຸຍາດ; ກະລຸນາຂຽນຕົວເລກທີ່ມີຄ່າຈຳກັດ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the key &quot;{key}&quot; appears twice in the same object</source>
        <comment>strict_json.key_key_appears_twice</comment>
        <translatorcomment>Native review: ອອບເຈັກ is not in the glossary (object, in a JSON file), loanword; the message shows the JSON braces beside it.
Native review: ຄີ is not in the glossary (key, of a JSON object or a stored entry), loanword.</translatorcomment>
        <translation>ຄີ &quot;{key}&quot; ປາກົດສອງເທື່ອໃນອອບເຈັກດຽວກັນ</translation>
    </message>
    <message>
        <location filename="../../engine/format/validate.py" line="+41"/>
        <source>expected an object {{...}}, found {value}</source>
        <comment>validate.expected_object_found_value</comment>
        <translatorcomment>Native review: ອອບເຈັກ is not in the glossary (object, in a JSON file), loanword; the message shows the JSON braces beside it.</translatorcomment>
        <translation>ຕ້ອງເປັນອອບເຈັກ {{...}}, ແຕ່ພົບ {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a list [...], found {value}</source>
        <comment>validate.expected_list_found_value</comment>
        <translation>ຕ້ອງເປັນລາຍການ [...], ແຕ່ພົບ {value}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>is missing (this field is required)</source>
        <comment>validate.missing_field_required</comment>
        <translatorcomment>Native review: ຂາດຫາຍໄປ is not in the glossary (is missing, of a field in a file), composed; alternative ບໍ່ໄດ້ໃສ່ໄວ້.</translatorcomment>
        <translation>ຂາດຫາຍໄປ (ຊ່ອງນີ້ຈຳເປັນຕ້ອງມີ)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>expected text, found {value}</source>
        <comment>validate.expected_text_found_value</comment>
        <translation>ຕ້ອງເປັນຂໍ້ຄວາມ, ແຕ່ພົບ {value}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must not be empty</source>
        <comment>validate.must_empty</comment>
        <translation>ຕ້ອງບໍ່ຫວ່າງເປົ່າ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>text is {count:,} characters long; the limit is {max_length:,}</source>
        <comment>validate.text_count_characters_long</comment>
        <translation>ຂໍ້ຄວາມຍາວ {count:,} ຕົວອັກສອນ; ຂີດຈຳກັດແມ່ນ {max_length:,}</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>unknown field (did you mean &apos;{hint}&apos;?)</source>
        <comment>validate.unknown_field_hint</comment>
        <translatorcomment>Native review: ທ່ານໝາຍເຖິງ ... ບໍ? (did you mean ...?) is not in the glossary, composed; a suggestion the reader may follow.</translatorcomment>
        <translation>ບໍ່ແມ່ນຊ່ອງຂໍ້ມູນທີ່ຮູ້ຈັກ (ທ່ານໝາຍເຖິງ &quot;{hint}&quot; ບໍ?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown field</source>
        <comment>validate.unknown_field</comment>
        <translation>ບໍ່ແມ່ນຊ່ອງຂໍ້ມູນທີ່ຮູ້ຈັກ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>text &quot;{text}&quot;</source>
        <comment>validate.describe_text</comment>
        <translation>ຂໍ້ຄວາມ &quot;{text}&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a list</source>
        <comment>validate.describe_list</comment>
        <translation>ລາຍການ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <comment>validate.describe_object</comment>
        <translatorcomment>Native review: ອອບເຈັກ is not in the glossary (object, in a JSON file), loanword; the message shows the JSON braces beside it.</translatorcomment>
        <translation>ອອບເຈັກ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>holds the control character U+{code:04X} at position {position}, which no report or workbook can hold; remove it</source>
        <comment>validate.control_character</comment>
        <translation>ມີຕົວອັກສອນຄວບຄຸມ U+{code:04X} ຢູ່ຕຳແໜ່ງທີ {position}, ເຊິ່ງບົດລາຍງານ ຫຼື ສະໝຸດວຽກບໍ່ສາມາດບັນຈຸໄດ້; ກະລຸນາລຶບອອກ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{value} is not one of {options}; did you mean &apos;{hint}&apos;?</source>
        <comment>validate.not_an_option_hint</comment>
        <translatorcomment>Native review: ທ່ານໝາຍເຖິງ ... ບໍ? (did you mean ...?) is not in the glossary, composed; a suggestion the reader may follow.</translatorcomment>
        <translation>{value} ບໍ່ແມ່ນໜຶ່ງໃນ {options}; ທ່ານໝາຍເຖິງ &quot;{hint}&quot; ບໍ?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is not one of {options}</source>
        <comment>validate.not_an_option</comment>
        <translation>{value} ບໍ່ແມ່ນໜຶ່ງໃນ {options}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected true or false, found {value}</source>
        <comment>validate.expected_true_false_found</comment>
        <translation>ຕ້ອງເປັນ true ຫຼື false, ແຕ່ພົບ {value}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>expected a number, found {value}</source>
        <comment>validate.expected_number_found_value</comment>
        <translation>ຕ້ອງເປັນຕົວເລກ, ແຕ່ພົບ {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{shown} is not a finite number</source>
        <comment>validate.shown_finite_number</comment>
        <translatorcomment>Native review: ຕົວເລກທີ່ມີຄ່າຈຳກັດ is not in the glossary (finite number: not Infinity or NaN), composed.</translatorcomment>
        <translation>{shown} ບໍ່ແມ່ນຕົວເລກທີ່ມີຄ່າຈຳກັດ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value:g} must be above 0</source>
        <comment>validate.value_g_must_above</comment>
        <translation>{value:g} ຕ້ອງສູງກວ່າ 0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value:g} is not a whole number</source>
        <comment>validate.value_g_whole_number</comment>
        <translation>{value:g} ບໍ່ແມ່ນຈຳນວນເຕັມ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value:g} is above 1 ({percent_hint})</source>
        <comment>validate.value_g_above_percent</comment>
        <translation>{value:g} ສູງກວ່າ 1 ({percent_hint})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value:g} is below the minimum {minimum:g}</source>
        <comment>validate.value_g_below_minimum</comment>
        <translation>{value:g} ຕ່ຳກວ່າຄ່າຕ່ຳສຸດ {minimum:g}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{value:g} is above the maximum {maximum:g}</source>
        <comment>validate.value_g_above_maximum</comment>
        <translation>{value:g} ສູງກວ່າຄ່າສູງສຸດ {maximum:g}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>did you mean {fraction:g} or {percent:g} %?</source>
        <comment>validate.percent_hint_small</comment>
        <translatorcomment>Native review: ທ່ານໝາຍເຖິງ ... ບໍ? (did you mean ...?) is not in the glossary, composed; a suggestion the reader may follow.</translatorcomment>
        <translation>ທ່ານໝາຍເຖິງ {fraction:g} ຫຼື {percent:g}&#xa0;% ບໍ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rates are fractions: did you mean {fraction:g} for {percent:g} %?</source>
        <comment>validate.percent_hint</comment>
        <translatorcomment>Native review: ສ່ວນຂອງ 1 (a fraction of 1, e.g. 0,25 for 25 %) is not in the glossary, composed; alternative ເລກທົດສະນິຍົມ.
Native review: ທ່ານໝາຍເຖິງ ... ບໍ? (did you mean ...?) is not in the glossary, composed; a suggestion the reader may follow.</translatorcomment>
        <translation>ອັດຕາຕ້ອງຂຽນເປັນສ່ວນຂອງ 1: ທ່ານໝາຍເຖິງ {fraction:g} ສຳລັບ {percent:g}&#xa0;% ບໍ?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;{key}&quot; is not a year (expected keys such as &quot;2025&quot;)</source>
        <comment>validate.key_year_expected_keys</comment>
        <translatorcomment>Native review: ຄີ is not in the glossary (key, of a JSON object or a stored entry), loanword.</translatorcomment>
        <translation>&quot;{key}&quot; ບໍ່ແມ່ນປີ (ຄີຕ້ອງເປັນປີ ເຊັ່ນ &quot;2025&quot;)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>gives no year; give a number or at least one year</source>
        <comment>validate.gives_no_year_give</comment>
        <translation>ບໍ່ມີປີໃດເລີຍ; ກະລຸນາໃສ່ຕົວເລກດຽວ ຫຼື ຢ່າງໜ້ອຍໜຶ່ງປີ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>expected two ages [from, to], found {count} values</source>
        <comment>validate.expected_two_ages_from</comment>
        <translation>ຕ້ອງມີສອງອາຍຸ [ຈາກ, ຫາ], ແຕ່ພົບ {count} ຄ່າ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the age band is reversed: {low} is above {high}</source>
        <comment>validate.age_band_reversed_low</comment>
        <translatorcomment>Native review: ກຸ່ມອາຍຸ is proposed (glossary: age group), composed (LSB writes ເກນອາຍຸ).</translatorcomment>
        <translation>ກຸ່ມອາຍຸຂຽນປີ້ນກັນ: {low} ສູງກວ່າ {high}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;{shown}&quot; is not a valid id: use 1 to 64 letters, digits, dots, dashes or underscores (A-Z, a-z, 0-9, . - _), starting with a letter or digit</source>
        <comment>validate.shown_valid_id_use</comment>
        <translatorcomment>Native review: ids allow only Latin letters A-Z, a-z (no Lao letters), so ອັກສອນລາຕິນ is said explicitly.</translatorcomment>
        <translation>&quot;{shown}&quot; ບໍ່ແມ່ນລະຫັດທີ່ຖືກຕ້ອງ: ກະລຸນາໃຊ້ 1 ຫາ 64 ຕົວ ເຊິ່ງເປັນອັກສອນລາຕິນ, ຕົວເລກ, ຈຸດ, ຂີດ ຫຼື ຂີດກ້ອງ (A-Z, a-z, 0-9, . - _), ແລະ ຂຶ້ນຕົ້ນດ້ວຍອັກສອນ ຫຼື ຕົວເລກ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;{value}&quot; is not a date written YYYY-MM-DD (e.g. 2025-05-03)</source>
        <comment>validate.not_iso_date</comment>
        <translation>&quot;{value}&quot; ບໍ່ແມ່ນວັນທີທີ່ຂຽນແບບ YYYY-MM-DD (ເຊັ່ນ 2025-05-03)</translation>
    </message>
    <message>
        <location filename="../../engine/importing/csv_stream.py" line="+40"/>
        <source>is not valid CSV ({error})</source>
        <comment>csv_stream.valid_csv_error</comment>
        <translation>ບໍ່ແມ່ນ CSV ທີ່ຖືກຕ້ອງ ({error})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the file has more than {limit:,} rows (blank rows count too); the limit is {limit:,}</source>
        <comment>csv_stream.file_has_more_than</comment>
        <translation>ໄຟລ໌ມີຫຼາຍກວ່າ {limit:,} ແຖວ (ນັບແຖວຫວ່າງນຳ); ຂີດຈຳກັດແມ່ນ {limit:,}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the line is longer than {limit} KB; the limit is {limit} KB (is this a CSV file?)</source>
        <comment>csv_stream.line_longer_than_max</comment>
        <translation>ແຖວນີ້ຍາວກວ່າ {limit} KB; ຂີດຈຳກັດແມ່ນ {limit} KB (ນີ້ແມ່ນໄຟລ໌ CSV ແທ້ບໍ?)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is not UTF-8 text (byte 0x{raw:02x} at position {offset}); save it as &quot;CSV UTF-8&quot;</source>
        <comment>csv_stream.utf_text_byte_x</comment>
        <translatorcomment>Native review: ໄບຕ໌ is not in the glossary (byte), loanword.</translatorcomment>
        <translation>ບໍ່ແມ່ນຂໍ້ຄວາມ UTF-8 (ໄບຕ໌ 0x{raw:02x} ທີ່ຕຳແໜ່ງ {offset}); ກະລຸນາບັນທຶກເປັນ &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <location filename="../../engine/importing/layouts.py" line="+79"/>
        <source>&quot;{strip}&quot; is not a number</source>
        <comment>layouts.strip_number</comment>
        <translation>&quot;{strip}&quot; ບໍ່ແມ່ນຕົວເລກ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>is empty</source>
        <comment>layouts.empty</comment>
        <translation>ຫວ່າງເປົ່າ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>has no column &quot;{name}&quot; ({what} needs {names})</source>
        <comment>layouts.has_no_column_name</comment>
        <translation>ບໍ່ມີຖັນ &quot;{name}&quot; ({what} ຕ້ອງມີ {names})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>repeats {label} already given in row {seen}</source>
        <comment>layouts.repeats_label_already_given</comment>
        <translation>ຊ້ຳກັບ {label} ທີ່ມີແລ້ວໃນແຖວ {seen}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;{raw}&quot;: the only open age group is &quot;100+&quot; (100 and over)</source>
        <comment>layouts.raw_only_open_age</comment>
        <translatorcomment>Native review: ກຸ່ມອາຍຸ is proposed (glossary: age group), composed (LSB writes ເກນອາຍຸ).</translatorcomment>
        <translation>&quot;{raw}&quot;: ກຸ່ມອາຍຸເປີດທີ່ໃຊ້ໄດ້ມີພຽງ &quot;100+&quot; (100 ປີຂຶ້ນໄປ)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>has a WPP header but no data rows</source>
        <comment>layouts.has_wpp_header_but</comment>
        <translation>ມີຫົວຕາຕະລາງແບບ WPP ແຕ່ບໍ່ມີແຖວຂໍ້ມູນ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>has a WPP header but no births</source>
        <comment>layouts.has_wpp_header_but_2</comment>
        <translation>ມີຫົວຕາຕະລາງແບບ WPP ແຕ່ບໍ່ມີຂໍ້ມູນການເກີດ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no row is for {iso3}, the project&apos;s country</source>
        <comment>layouts.no_row_iso_project</comment>
        <translation>ບໍ່ມີແຖວໃດສຳລັບ {iso3}, ເຊິ່ງເປັນປະເທດຂອງໂປຣເຈັກ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>holds {count} locations ({places}...); keep one country&apos;s rows or add an ISO3_code column</source>
        <comment>layouts.holds_count_locations_places</comment>
        <translatorcomment>Native review: ສະຖານທີ່ renders WPP “locations” (countries, regions, world aggregates), composed.</translatorcomment>
        <translation>ມີ {count} ສະຖານທີ່ ({places}...); ກະລຸນາເກັບໄວ້ສະເພາະແຖວຂອງປະເທດດຽວ ຫຼື ເພີ່ມຖັນ ISO3_code</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>needs a value column headed &quot;persons&quot; or &quot;thousands&quot;</source>
        <comment>layouts.needs_value_column_headed</comment>
        <translation>ຕ້ອງມີຖັນຄ່າທີ່ມີຫົວຖັນ &quot;persons&quot; ຫຼື &quot;thousands&quot;</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>is not a known column (expected {names})</source>
        <comment>layouts.known_column_expected_names</comment>
        <translation>ບໍ່ແມ່ນຖັນທີ່ຮູ້ຈັກ (ຕ້ອງເປັນ {names})</translation>
    </message>
    <message>
        <location filename="../../engine/importing/read.py" line="+31"/>
        <source>holds no data to import (every sheet is empty)</source>
        <comment>read.holds_no_data_import</comment>
        <translatorcomment>Native review: ແຜ່ນງານ is not in the glossary (sheet of a workbook), check LibreOffice Calc Lao.</translatorcomment>
        <translation>ບໍ່ມີຂໍ້ມູນໃຫ້ນຳເຂົ້າ (ທຸກແຜ່ນງານຫວ່າງເປົ່າ)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>does not exist or is not a file</source>
        <comment>read.does_exist_file</comment>
        <translation>ບໍ່ມີຢູ່ ຫຼື ບໍ່ແມ່ນໄຟລ໌</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is {size:,.0f} MB; the limit is {limit} MB</source>
        <comment>read.size_f_mb_limit</comment>
        <translation>ມີຂະໜາດ {size:,.0f} MB; ຂີດຈຳກັດແມ່ນ {limit} MB</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+39"/>
        <source>is empty</source>
        <comment>read.empty</comment>
        <translation>ຫວ່າງເປົ່າ</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>is neither a .csv file nor an .xlsx workbook</source>
        <comment>read.neither_csv_file_nor</comment>
        <translatorcomment>Native review: ສະໝຸດວຽກ is not in the glossary (workbook), spreadsheet word, check LibreOffice Lao.</translatorcomment>
        <translation>ບໍ່ແມ່ນທັງໄຟລ໌ .csv ແລະ ສະໝຸດວຽກ .xlsx</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>has several sheets with data ({names}) but not the template&apos;s sheets ({sheets})</source>
        <comment>read.has_several_sheets_data</comment>
        <translatorcomment>Native review: ແຜ່ນງານ is not in the glossary (sheet of a workbook), check LibreOffice Calc Lao.
Native review: ແມ່ແບບ is not in the glossary (template, the ABND Studio import workbook), composed.</translatorcomment>
        <translation>ມີຫຼາຍແຜ່ນງານທີ່ມີຂໍ້ມູນ ({names}) ແຕ່ບໍ່ແມ່ນແຜ່ນງານຂອງແມ່ແບບ ({sheets})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the headings ({header}) match no known layout: a UN WPP file (Time, AgeGrp, PopMale, PopFemale; or Time, Births) or a sheet of the ABND Studio template</source>
        <comment>read.headings_header_match_no</comment>
        <translatorcomment>Native review: ແຜ່ນງານ is not in the glossary (sheet of a workbook), check LibreOffice Calc Lao.
Native review: ແມ່ແບບ is not in the glossary (template, the ABND Studio import workbook), composed.</translatorcomment>
        <translation>ຫົວຖັນ ({header}) ບໍ່ກົງກັບຮູບແບບໃດທີ່ຮູ້ຈັກ: ໄຟລ໌ WPP ຂອງ ສປຊ (Time, AgeGrp, PopMale, PopFemale; ຫຼື Time, Births) ຫຼື ແຜ່ນງານໜຶ່ງຂອງແມ່ແບບ ABND Studio</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is missing; the template has the sheets {sheets} (leave a sheet empty to change nothing there)</source>
        <comment>read.missing_template_has_sheets</comment>
        <translatorcomment>Native review: ຂາດຫາຍໄປ is not in the glossary (is missing, of a field in a file), composed; alternative ບໍ່ໄດ້ໃສ່ໄວ້.
Native review: ແຜ່ນງານ is not in the glossary (sheet of a workbook), check LibreOffice Calc Lao.
Native review: ແມ່ແບບ is not in the glossary (template, the ABND Studio import workbook), composed.</translatorcomment>
        <translation>ຂາດຫາຍໄປ; ແມ່ແບບມີແຜ່ນງານ {sheets} (ຖ້າບໍ່ຕ້ອງການປ່ຽນແປງຫຍັງໃນແຜ່ນງານໃດ ໃຫ້ປະແຜ່ນງານນັ້ນຫວ່າງໄວ້)</translation>
    </message>
    <message>
        <location filename="../../engine/importing/tables.py" line="+51"/>
        <source>sheet {sheet}, row {row}, column {column} ({heading})</source>
        <comment>tables.sheet_row_column</comment>
        <translatorcomment>Native review: ແຜ່ນງານ is not in the glossary (sheet of a workbook), check LibreOffice Calc Lao.</translatorcomment>
        <translation>ແຜ່ນງານ {sheet}, ແຖວ {row}, ຖັນ {column} ({heading})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row {row}, column {column} ({heading})</source>
        <comment>tables.row_column</comment>
        <translation>ແຖວ {row}, ຖັນ {column} ({heading})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>sheet {sheet}</source>
        <comment>tables.sheet</comment>
        <translation>ແຜ່ນງານ {sheet}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sheet {sheet}, row {row:,}</source>
        <comment>tables.sheet_row</comment>
        <translatorcomment>Native review: ແຜ່ນງານ is not in the glossary (sheet of a workbook), check LibreOffice Calc Lao.</translatorcomment>
        <translation>ແຜ່ນງານ {sheet}, ແຖວ {row:,}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row {row:,}</source>
        <comment>tables.row</comment>
        <translation>ແຖວ {row:,}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>has {count:,} columns; the limit is {limit} (is this the right file?)</source>
        <comment>tables.has_count_columns_limit</comment>
        <translation>ມີ {count:,} ຖັນ; ຂີດຈຳກັດແມ່ນ {limit} (ແມ່ນໄຟລ໌ທີ່ຖືກຕ້ອງບໍ?)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>holds a value under no heading</source>
        <comment>tables.holds_value_under_no</comment>
        <translation>ມີຄ່າຢູ່ໃນຖັນທີ່ບໍ່ມີຫົວຖັນ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the data holds more than {limit:,} cells; the limit is {limit:,} (keep one country&apos;s rows)</source>
        <comment>tables.data_holds_more_than</comment>
        <translatorcomment>Native review: ຫ້ອງຕາຕະລາງ (short ຫ້ອງ) is not in the glossary (cells (of a table)), check LibreOffice Calc Lao.</translatorcomment>
        <translation>ຂໍ້ມູນມີຫຼາຍກວ່າ {limit:,} ຫ້ອງຕາຕະລາງ; ຂີດຈຳກັດແມ່ນ {limit:,} (ກະລຸນາເກັບໄວ້ສະເພາະແຖວຂອງປະເທດດຽວ)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the header cell is empty; every column needs a heading</source>
        <comment>tables.header_cell_empty_every</comment>
        <translatorcomment>Native review: ຫ້ອງຕາຕະລາງ (short ຫ້ອງ) is not in the glossary (cells (of a table)), check LibreOffice Calc Lao.</translatorcomment>
        <translation>ຫ້ອງຫົວຖັນຫວ່າງເປົ່າ; ທຸກຖັນຕ້ອງມີຫົວຖັນ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the heading &quot;{heading}&quot; appears twice</source>
        <comment>tables.heading_heading_appears_twice</comment>
        <translation>ຫົວຖັນ &quot;{heading}&quot; ປາກົດສອງເທື່ອ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>holds {count:,} characters; the limit for a cell is {limit:,}</source>
        <comment>tables.holds_count_characters_limit</comment>
        <translatorcomment>Native review: ຫ້ອງຕາຕະລາງ (short ຫ້ອງ) is not in the glossary (cells (of a table)), check LibreOffice Calc Lao.</translatorcomment>
        <translation>ມີ {count:,} ຕົວອັກສອນ; ຂີດຈຳກັດຂອງແຕ່ລະຫ້ອງຕາຕະລາງແມ່ນ {limit:,}</translation>
    </message>
    <message>
        <location filename="../../engine/importing/workbook_read.py" line="+60"/>
        <source>cannot be read safely: this installation lacks defusedxml</source>
        <comment>workbook_read.cannot_read_safely_installation</comment>
        <translation>ບໍ່ສາມາດອ່ານໄດ້ຢ່າງປອດໄພ: ການຕິດຕັ້ງນີ້ບໍ່ມີ defusedxml</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>is not a readable .xlsx workbook ({said})</source>
        <comment>workbook_read.readable_xlsx_workbook_said</comment>
        <translatorcomment>Native review: ສະໝຸດວຽກ is not in the glossary (workbook), spreadsheet word, check LibreOffice Lao.</translatorcomment>
        <translation>ບໍ່ແມ່ນສະໝຸດວຽກ .xlsx ທີ່ອ່ານໄດ້ ({said})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>holds {count:,} files; a workbook holds a few dozen</source>
        <comment>workbook_read.holds_count_files_workbook</comment>
        <translatorcomment>Native review: ສະໝຸດວຽກ is not in the glossary (workbook), spreadsheet word, check LibreOffice Lao.</translatorcomment>
        <translation>ມີ {count:,} ໄຟລ໌; ປົກກະຕິສະໝຸດວຽກມີພຽງສອງສາມສິບໄຟລ໌</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expands to {unpacked:,.0f} MB when unpacked; the limit for a workbook is {limit} MB (import a CSV file instead)</source>
        <comment>workbook_read.expands_unpacked_f_mb</comment>
        <translatorcomment>Native review: ແຕກໄຟລ໌ (unpack, decompress an archive) is not in the glossary, composed.
Native review: ສະໝຸດວຽກ is not in the glossary (workbook), spreadsheet word, check LibreOffice Lao.</translatorcomment>
        <translation>ເມື່ອແຕກໄຟລ໌ອອກຈະມີຂະໜາດ {unpacked:,.0f} MB; ຂີດຈຳກັດຂອງສະໝຸດວຽກແມ່ນ {limit} MB (ກະລຸນານຳເຂົ້າໄຟລ໌ CSV ແທນ)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{filename} declares a DOCTYPE (XML entities, which no spreadsheet needs and which can expand without end); it was not read</source>
        <comment>workbook_read.filename_declares_doctype_xml</comment>
        <translatorcomment>Native review: ສະໝຸດວຽກ is not in the glossary (workbook), spreadsheet word, check LibreOffice Lao.</translatorcomment>
        <translation>{filename} ປະກາດ DOCTYPE (XML entity, ເຊິ່ງບໍ່ມີສະໝຸດວຽກໃດຕ້ອງການ ແລະ ສາມາດຂະຫຍາຍອອກໄປບໍ່ມີທີ່ສິ້ນສຸດ); ສະໝຸດວຽກນີ້ຈຶ່ງບໍ່ໄດ້ຖືກອ່ານ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>declares the range {declared} ({rows:,} rows, {columns:,} columns); the limit is {row_limit:,} rows and {column_limit} columns</source>
        <comment>workbook_read.declares_range_declared_rows</comment>
        <translation>ລະບຸຂອບເຂດ {declared} ({rows:,} ແຖວ, {columns:,} ຖັນ); ຂີດຈຳກັດແມ່ນ {row_limit:,} ແຖວ ແລະ {column_limit} ຖັນ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>has more than {row_limit:,} rows; the limit is {row_limit:,}</source>
        <comment>workbook_read.has_more_than_max</comment>
        <translation>ມີຫຼາຍກວ່າ {row_limit:,} ແຖວ; ຂີດຈຳກັດແມ່ນ {row_limit:,}</translation>
    </message>
    <message>
        <location filename="../../engine/method/compute.py" line="+378"/>
        <source>cannot be summed: scenario &quot;{blocked}&quot; has no results</source>
        <comment>compute.cannot_summed_scenario_blocked</comment>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>ບໍ່ສາມາດລວມຍອດໄດ້: ສະຖານະການສົມມຸດ &quot;{blocked}&quot; ບໍ່ມີຜົນໄດ້ຮັບ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot be financed: source &quot;{source}&quot; has no amount ({reason})</source>
        <comment>compute.financing_source_blocked</comment>
        <translation>ບໍ່ສາມາດສະໜອງທຶນໄດ້: ແຫຼ່ງທຶນ &quot;{source}&quot; ບໍ່ມີຈຳນວນ ({reason})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>it has no results</source>
        <comment>compute.no_results</comment>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>ສະຖານະການສົມມຸດນັ້ນບໍ່ມີຜົນໄດ້ຮັບ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot remove the beneficiaries of &quot;{other}&quot;: {reason}</source>
        <comment>compute.cannot_remove_beneficiaries_other</comment>
        <translatorcomment>Native review: ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ is proposed (glossary: beneficiaries), composed; LSSO writes ຜູ້ເກີດສິດ or ຜູ້ຮັບເງິນອຸດໜູນ, pick one.</translatorcomment>
        <translation>ບໍ່ສາມາດຫັກຜູ້ໄດ້ຮັບຜົນປະໂຫຍດຂອງ &quot;{other}&quot; ອອກໄດ້: {reason}</translation>
    </message>
    <message>
        <location filename="../../engine/method/tables.py" line="+154"/>
        <source>{name} in {year} is not a finite number: the inputs are too large together (see the bounds in docs/json-format.md)</source>
        <comment>compute.name_year_finite_number</comment>
        <translatorcomment>Native review: ຕົວເລກທີ່ມີຄ່າຈຳກັດ is not in the glossary (finite number: not Infinity or NaN), composed.</translatorcomment>
        <translation>{name} ໃນປີ {year} ບໍ່ແມ່ນຕົວເລກທີ່ມີຄ່າຈຳກັດ: ຂໍ້ມູນທີ່ປ້ອນເຂົ້າ ເມື່ອລວມກັນແລ້ວໃຫຍ່ເກີນໄປ (ເບິ່ງຂອບເຂດໃນ docs/json-format.md)</translation>
    </message>
    <message>
        <location filename="../../engine/method/compute.py" line="+14"/>
        <source>not given, so the column &apos;% of government expenditure&apos; is left empty</source>
        <comment>compute.missing_expenditure</comment>
        <translation>ຍັງບໍ່ໄດ້ໃສ່, ສະນັ້ນຖັນ &quot;% ຕໍ່ລາຍຈ່າຍຂອງລັດ&quot; ຈຶ່ງຫວ່າງເປົ່າ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not given, so the column &apos;% of government revenue&apos; is left empty</source>
        <comment>compute.missing_revenue</comment>
        <translation>ຍັງບໍ່ໄດ້ໃສ່, ສະນັ້ນຖັນ &quot;% ຕໍ່ລາຍຮັບຂອງລັດ&quot; ຈຶ່ງຫວ່າງເປົ່າ</translation>
    </message>
    <message>
        <location filename="../../engine/method/context.py" line="+61"/>
        <source>the population has no data for ages {ages} in {years} (the band is {low}-{high})</source>
        <comment>context.population_missing</comment>
        <translatorcomment>Native review: ກຸ່ມອາຍຸ is proposed (glossary: age group), composed (LSB writes ເກນອາຍຸ).</translatorcomment>
        <translation>ບໍ່ມີຂໍ້ມູນພົນລະເມືອງສຳລັບອາຍຸ {ages} ໃນປີ {years} (ກຸ່ມອາຍຸແມ່ນ {low}-{high})</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>births are not given, so they are taken as the population aged 0</source>
        <comment>context.births_aged_0</comment>
        <translation>ບໍ່ມີຂໍ້ມູນການເກີດ, ສະນັ້ນຈຶ່ງໃຊ້ພົນລະເມືອງອາຍຸ 0 ປີແທນ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>births are not given, so they are estimated as the mean of the population aged 0 in the year and in the next (children aged 0 on 1 July were born in the 12 months before); infants who died before that age are not added back, so births are understated by about the infant mortality rate</source>
        <comment>context.births_centred</comment>
        <translatorcomment>Native review: ອັດຕາການຕາຍຂອງເດັກອ່ອນ is not in the glossary (infant mortality rate), composed (ເດັກອ່ອນ = infant); check MoH/LSB usage.</translatorcomment>
        <translation>ບໍ່ມີຂໍ້ມູນການເກີດ, ສະນັ້ນຈຶ່ງປະມານຈາກຄ່າສະເລ່ຍຂອງພົນລະເມືອງອາຍຸ 0 ປີ ໃນປີນັ້ນ ແລະ ປີຖັດໄປ (ເດັກອາຍຸ 0 ປີ ໃນວັນທີ 1 ກໍລະກົດ ເກີດໃນ 12 ເດືອນກ່ອນໜ້ານັ້ນ); ເດັກອ່ອນທີ່ເສຍຊີວິດກ່ອນຮອດອາຍຸນັ້ນບໍ່ໄດ້ຖືກບວກຄືນ, ສະນັ້ນຈຳນວນການເກີດຈຶ່ງຕ່ຳກວ່າຕົວຈິງປະມານເທົ່າກັບອັດຕາການຕາຍຂອງເດັກອ່ອນ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>births are not given, so they are estimated as the mean of the population aged 0 in the year and in the next (children aged 0 on 1 July were born in the 12 months before; in {last}, the last year of the population data, the population aged 0); infants who died before that age are not added back, so births are understated by about the infant mortality rate</source>
        <comment>context.births_centred_last</comment>
        <translatorcomment>Native review: ອັດຕາການຕາຍຂອງເດັກອ່ອນ is not in the glossary (infant mortality rate), composed (ເດັກອ່ອນ = infant); check MoH/LSB usage.</translatorcomment>
        <translation>ບໍ່ມີຂໍ້ມູນການເກີດ, ສະນັ້ນຈຶ່ງປະມານຈາກຄ່າສະເລ່ຍຂອງພົນລະເມືອງອາຍຸ 0 ປີ ໃນປີນັ້ນ ແລະ ປີຖັດໄປ (ເດັກອາຍຸ 0 ປີ ໃນວັນທີ 1 ກໍລະກົດ ເກີດໃນ 12 ເດືອນກ່ອນໜ້ານັ້ນ; ໃນປີ {last} ເຊິ່ງເປັນປີສຸດທ້າຍຂອງຂໍ້ມູນພົນລະເມືອງ ໃຊ້ພົນລະເມືອງອາຍຸ 0 ປີ); ເດັກອ່ອນທີ່ເສຍຊີວິດກ່ອນຮອດອາຍຸນັ້ນບໍ່ໄດ້ຖືກບວກຄືນ, ສະນັ້ນຈຳນວນການເກີດຈຶ່ງຕ່ຳກວ່າຕົວຈິງປະມານເທົ່າກັບອັດຕາການຕາຍຂອງເດັກອ່ອນ</translation>
    </message>
    <message>
        <location filename="../../engine/method/demography.py" line="+79"/>
        <source>{base} is before the first population year ({known_years}); the engine never extrapolates population</source>
        <comment>demography.base_before_first_population</comment>
        <translatorcomment>Native review: &apos;extrapolate&apos; rendered as ປະມານຄ່າ...ນອກຊ່ວງປີທີ່ມີຂໍ້ມູນ (estimate outside the years with data), composed; &apos;the engine&apos; rendered as ABND Studio.</translatorcomment>
        <translation>{base} ຢູ່ກ່ອນປີທຳອິດຂອງຂໍ້ມູນພົນລະເມືອງ ({known_years}); ABND Studio ບໍ່ປະມານຄ່າພົນລະເມືອງນອກຊ່ວງປີທີ່ມີຂໍ້ມູນ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{end} is past the last population year available ({known_years}); the engine never extrapolates population</source>
        <comment>demography.end_past_last_population</comment>
        <translatorcomment>Native review: &apos;extrapolate&apos; rendered as ປະມານຄ່າ...ນອກຊ່ວງປີທີ່ມີຂໍ້ມູນ (estimate outside the years with data), composed; &apos;the engine&apos; rendered as ABND Studio.</translatorcomment>
        <translation>{end} ຢູ່ຫຼັງປີສຸດທ້າຍທີ່ມີຂໍ້ມູນພົນລະເມືອງ ({known_years}); ABND Studio ບໍ່ປະມານຄ່າພົນລະເມືອງນອກຊ່ວງປີທີ່ມີຂໍ້ມູນ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>duplicates population.rows[{sources}] (same year {year}, sex and age)</source>
        <comment>demography.duplicates_population_rows_sources</comment>
        <translation>ຊ້ຳກັບ population.rows[{sources}] (ປີ {year}, ເພດ ແລະ ອາຍຸດຽວກັນ)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>age group overlaps population.rows[{single_source}] (age {age} in {year} is given twice)</source>
        <comment>demography.age_group_overlaps_population</comment>
        <translatorcomment>Native review: ກຸ່ມອາຍຸ is proposed (glossary: age group), composed (LSB writes ເກນອາຍຸ).</translatorcomment>
        <translation>ກຸ່ມອາຍຸຊ້ອນກັບ population.rows[{single_source}] (ອາຍຸ {age} ໃນປີ {year} ຖືກໃສ່ສອງເທື່ອ)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>age {clash} in {year} is given both by sex and for both sexes; keep one</source>
        <comment>demography.age_clash_year_given</comment>
        <translation>ອາຍຸ {clash} ໃນປີ {year} ຖືກໃສ່ທັງແຍກຕາມເພດ ແລະ ລວມທັງສອງເພດ; ກະລຸນາເກັບໄວ້ພຽງແບບດຽວ</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>ages {low}-{high} in {year}: fewer than five 5-year groups, so each group was split evenly instead of by Sprague</source>
        <comment>demography.even_split</comment>
        <translatorcomment>Native review: ກຸ່ມອາຍຸ 5 ປີ is proposed (glossary: 5-year age group), composed.</translatorcomment>
        <translation>ອາຍຸ {low}-{high} ໃນປີ {year}: ມີໜ້ອຍກວ່າຫ້າກຸ່ມອາຍຸ 5 ປີ, ສະນັ້ນແຕ່ລະກຸ່ມຈຶ່ງຖືກແບ່ງເທົ່າໆກັນ ແທນການແບ່ງດ້ວຍວິທີ Sprague</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a single age came out negative after Sprague splitting; it was set to 0 and its 5-year group rescaled to keep the group total</source>
        <comment>demography.sprague_negative</comment>
        <translatorcomment>Native review: ກຸ່ມອາຍຸ 5 ປີ is proposed (glossary: 5-year age group), composed.</translatorcomment>
        <translation>ຈຳນວນພົນລະເມືອງຂອງອາຍຸແຕ່ລະປີໜຶ່ງອອກມາຕິດລົບ ຫຼັງການແບ່ງດ້ວຍວິທີ Sprague; ຈຶ່ງຕັ້ງເປັນ 0 ແລະ ປັບກຸ່ມອາຍຸ 5 ປີຂອງມັນຄືນ ເພື່ອໃຫ້ຍອດລວມຂອງກຸ່ມຄົງເດີມ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>population given for both sexes together was split 50/50 between women and men</source>
        <comment>demography.both_sexes_split</comment>
        <translation>ພົນລະເມືອງທີ່ໃສ່ລວມທັງສອງເພດ ຖືກແບ່ງ 50/50 ລະຫວ່າງເພດຍິງ ແລະ ເພດຊາຍ</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>total population changes by {change:+.1%} from {first} to {last} (more than {limit:.0%} in a year); check the population data</source>
        <comment>demography.population_jump</comment>
        <translation>ພົນລະເມືອງທັງໝົດປ່ຽນແປງ {change:+.1%} ຈາກປີ {first} ຫາ {last} (ຫຼາຍກວ່າ {limit:.0%} ໃນໜຶ່ງປີ); ກະລຸນາກວດສອບຂໍ້ມູນພົນລະເມືອງ</translation>
    </message>
    <message>
        <location filename="../../engine/method/economy.py" line="+50"/>
        <source>needs {name}, which is not available</source>
        <comment>economy.not_available</comment>
        <translation>ຕ້ອງການ {name}, ເຊິ່ງບໍ່ມີ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>is missing; a projection over more than one year needs it</source>
        <comment>economy.missing_projection_over_more</comment>
        <translatorcomment>Native review: ຂາດຫາຍໄປ is not in the glossary (is missing, of a field in a file), composed; alternative ບໍ່ໄດ້ໃສ່ໄວ້.</translatorcomment>
        <translation>ຂາດຫາຍໄປ; ການຄາດຄະເນຫຼາຍກວ່າໜຶ່ງປີຕ້ອງມີຂໍ້ມູນນີ້</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>needs GDP per capita, and the population does not cover every age 0-100 and both sexes</source>
        <comment>economy.gdp_per_capita_missing</comment>
        <translation>ຕ້ອງການ GDP ຕໍ່ຫົວຄົນ, ແຕ່ຂໍ້ມູນພົນລະເມືອງບໍ່ຄົບທຸກອາຍຸ 0-100 ແລະ ທັງສອງເພດ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>needs {field}, which is not given</source>
        <comment>economy.budget_share_missing</comment>
        <translation>ຕ້ອງການ {field}, ເຊິ່ງຍັງບໍ່ໄດ້ໃສ່</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{base_explicit:,.0f} disagrees with economy.gdp_nominal_base ({gdp_nominal_base:,.0f}) for the base year; give the base year once</source>
        <comment>economy.base_explicit_f_disagrees</comment>
        <translatorcomment>Native review: ປີພື້ນຖານ is proposed (glossary: base year), composed.</translatorcomment>
        <translation>{base_explicit:,.0f} ບໍ່ກົງກັບ economy.gdp_nominal_base ({gdp_nominal_base:,.0f}) ສຳລັບປີພື້ນຖານ; ກະລຸນາໃສ່ຄ່າຂອງປີພື້ນຖານພຽງບ່ອນດຽວ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>nominal GDP for {year} differs by {gdp:+.1%} from the path implied by real growth and the GDP deflator (more than 1 %)</source>
        <comment>economy.gdp_mismatch</comment>
        <translatorcomment>Native review: ຕົວປັບລາຄາ GDP (deflator) is proposed (glossary: GDP deflator), no Lao term found; English word kept in brackets.</translatorcomment>
        <translation>GDP ຕາມລາຄາປັດຈຸບັນຂອງປີ {year} ຕ່າງຈາກຄ່າທີ່ຄິດໄລ່ໄດ້ຈາກການຂະຫຍາຍຕົວຕົວຈິງ ແລະ ຕົວປັບລາຄາ GDP (deflator) ຢູ່ {gdp:+.1%} (ຫຼາຍກວ່າ 1&#xa0;%)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>needs a wage index: give {field}, or population for ages 15-64 by sex to derive it from real GDP growth per person of working age</source>
        <comment>economy.wage_index_missing</comment>
        <translatorcomment>Native review: ຜູ້ຢູ່ໃນໄວອອກແຮງງານ is proposed (glossary: persons of working age), composed (ໄວ + ອອກແຮງງານ); name of the third guarantee.
Native review: ດັດຊະນີຄ່າຈ້າງ is not in the glossary (wage index), composed from ດັດຊະນີ (glossary: indexation) + ຄ່າຈ້າງ (glossary: wage).</translatorcomment>
        <translation>ຕ້ອງການດັດຊະນີຄ່າຈ້າງ: ກະລຸນາໃສ່ {field}, ຫຼື ພົນລະເມືອງອາຍຸ 15-64 ປີ ແຍກຕາມເພດ ເພື່ອຄິດໄລ່ດັດຊະນີນີ້ຈາກການຂະຫຍາຍຕົວຂອງ GDP ຕົວຈິງຕໍ່ຜູ້ຢູ່ໃນໄວອອກແຮງງານ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>needs {field}, which is not given</source>
        <comment>economy.anchor_missing</comment>
        <translation>ຕ້ອງການ {field}, ເຊິ່ງຍັງບໍ່ໄດ້ໃສ່</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{values:.1%} in {base} is outside the plausible range {low:.0%} to +{high:.0%}</source>
        <comment>economy.growth_out_of_range</comment>
        <translation>{values:.1%} ໃນປີ {base} ຢູ່ນອກຂອບເຂດທີ່ສົມເຫດສົມຜົນ {low:.0%} ຫາ +{high:.0%}</translation>
    </message>
    <message>
        <location filename="../../engine/method/eligible.py" line="+203"/>
        <source>no value for ages {min}-{max} (the scenario covers ages {low}-{high})</source>
        <comment>eligible.no_value_ages_min</comment>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>ບໍ່ມີຄ່າສຳລັບອາຍຸ {min}-{max} (ສະຖານະການສົມມຸດກວມເອົາອາຍຸ {low}-{high})</translation>
    </message>
    <message>
        <location filename="../../engine/method/explain.py" line="+130"/>
        <source>&quot;{scenario_id}&quot; is not a scenario of this project</source>
        <comment>explain.scenario_id_scenario_project</comment>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>&quot;{scenario_id}&quot; ບໍ່ແມ່ນສະຖານະການສົມມຸດຂອງໂປຣເຈັກນີ້</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{year} is outside the projection years {first}-{last}</source>
        <comment>explain.year_outside_projection_years</comment>
        <translation>{year} ຢູ່ນອກຊ່ວງປີຂອງການຄາດຄະເນ {first}-{last}</translation>
    </message>
    <message>
        <location filename="../../engine/method/labour.py" line="+43"/>
        <source>needs {field}, which is not given</source>
        <comment>labour.series_missing</comment>
        <translation>ຕ້ອງການ {field}, ເຊິ່ງຍັງບໍ່ໄດ້ໃສ່</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>needs {field} for ages {ages}, which are not given</source>
        <comment>labour.participation_missing</comment>
        <translation>ຕ້ອງການ {field} ສຳລັບອາຍຸ {ages}, ເຊິ່ງຍັງບໍ່ໄດ້ໃສ່</translation>
    </message>
    <message>
        <location filename="../../engine/method/scenarios.py" line="+261"/>
        <source>maternity targeting is per birth: give shares, not age bands</source>
        <comment>scenarios.maternity_targeting_per_birth</comment>
        <translatorcomment>Native review: ກຸ່ມອາຍຸ is proposed (glossary: age group), composed (LSB writes ເກນອາຍຸ).
Native review: ການກຳນົດເປົ້າໝາຍ is proposed (glossary: targeting), composed.</translatorcomment>
        <translation>ການກຳນົດເປົ້າໝາຍຂອງເງິນອຸດໜູນອອກລູກແມ່ນຄິດຕາມການເກີດ: ກະລຸນາໃສ່ສັດສ່ວນ, ບໍ່ແມ່ນກຸ່ມອາຍຸ</translation>
    </message>
    <message>
        <location filename="../../engine/method/series.py" line="+35"/>
        <source>gives no value for {year}; per-year values must start by {year} (the base year)</source>
        <comment>series.starts_after_base</comment>
        <translatorcomment>Native review: ປີພື້ນຖານ is proposed (glossary: base year), composed.</translatorcomment>
        <translation>ບໍ່ມີຄ່າສຳລັບປີ {year}; ຄ່າຕາມປີຕ້ອງເລີ່ມບໍ່ຊ້າກວ່າປີ {year} (ປີພື້ນຖານ)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>gives no value for {year}; per-year values must start by {year}</source>
        <comment>series.starts_late</comment>
        <translation>ບໍ່ມີຄ່າສຳລັບປີ {year}; ຄ່າຕາມປີຕ້ອງເລີ່ມບໍ່ຊ້າກວ່າປີ {year}</translation>
    </message>
    <message>
        <location filename="../../engine/outputs/results_files.py" line="+34"/>
        <source>{column} in {year} is not a finite number; nothing was written</source>
        <comment>results_files.column_year_finite_number</comment>
        <translatorcomment>Native review: ຕົວເລກທີ່ມີຄ່າຈຳກັດ is not in the glossary (finite number: not Infinity or NaN), composed.</translatorcomment>
        <translation>{column} ໃນປີ {year} ບໍ່ແມ່ນຕົວເລກທີ່ມີຄ່າຈຳກັດ; ບໍ່ມີຫຍັງຖືກຂຽນລົງໄຟລ໌</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;{package_id}&quot; is not a package of this project</source>
        <comment>results_files.package_id_package_project</comment>
        <translatorcomment>Native review: ຊຸດສິດທິປະໂຫຍດ is proposed (glossary: package (of benefits)), composed (ຊຸດ + ສິດທິປະໂຫຍດ), no Lao source.</translatorcomment>
        <translation>&quot;{package_id}&quot; ບໍ່ແມ່ນຊຸດສິດທິປະໂຫຍດຂອງໂປຣເຈັກນີ້</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&quot;{name}&quot;: use a .csv, .json or .xlsx file name</source>
        <comment>results_files.name_use_csv_json</comment>
        <translation>&quot;{name}&quot;: ກະລຸນາໃຊ້ຊື່ໄຟລ໌ທີ່ລົງທ້າຍດ້ວຍ .csv, .json ຫຼື .xlsx</translation>
    </message>
    <message>
        <location filename="../../engine/runtime/atomic.py" line="+85"/>
        <source>the disk is full: {target} was not written; nothing was changed</source>
        <comment>atomic.disk_full_target_was</comment>
        <translation>ພື້ນທີ່ເກັບຂໍ້ມູນເຕັມ: ບໍ່ໄດ້ຂຽນ {target}; ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{target} could not be written ({reason}); nothing was changed</source>
        <comment>atomic.target_could_written_reason</comment>
        <translation>ບໍ່ສາມາດຂຽນ {target} ໄດ້ ({reason}); ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ</translation>
    </message>
    <message>
        <location filename="../../engine/store/files.py" line="+62"/>
        <source>already exists; choose another name</source>
        <comment>files.already_exists_choose_another</comment>
        <translation>ມີຢູ່ແລ້ວ; ກະລຸນາເລືອກຊື່ອື່ນ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>has an unknown extension: use .json or .abnd</source>
        <comment>files.has_unknown_extension_use</comment>
        <translatorcomment>Native review: ນາມສະກຸນໄຟລ໌ is not in the glossary (file name extension), check GNOME Lao.</translatorcomment>
        <translation>ມີນາມສະກຸນໄຟລ໌ທີ່ບໍ່ຮູ້ຈັກ: ກະລຸນາໃຊ້ .json ຫຼື .abnd</translation>
    </message>
    <message>
        <location filename="../../engine/store/project_store.py" line="+131"/>
        <source>does not exist or is not a file</source>
        <comment>project_store.does_exist_file</comment>
        <translation>ບໍ່ມີຢູ່ ຫຼື ບໍ່ແມ່ນໄຟລ໌</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{problem}: it is shown as it was before that save; open it for editing to repair the file itself</source>
        <comment>store.shown_before_unfinished_save</comment>
        <translation>{problem}: ມັນຖືກສະແດງຕາມສະພາບກ່ອນການບັນທຶກນັ້ນ; ເປີດເພື່ອແກ້ໄຂ ເພື່ອສ້ອມແປງໄຟລ໌ເອງ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is an older project file: it is shown brought up to date; open it for editing to update the file itself</source>
        <comment>store.older_shown_updated</comment>
        <translation>ເປັນໄຟລ໌ໂຄງການລຸ້ນເກົ່າ: ມັນຖືກສະແດງໃນແບບທີ່ປັບປຸງໃຫ້ທັນສະໄໝແລ້ວ; ເປີດເພື່ອແກ້ໄຂ ເພື່ອປັບປຸງໄຟລ໌ເອງ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>already exists; choose another name</source>
        <comment>project_store.already_exists_choose_another</comment>
        <translation>ມີຢູ່ແລ້ວ; ກະລຸນາເລືອກຊື່ອື່ນ</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>is open read-only; edits are not saved</source>
        <comment>project_store.open_read_only_edits</comment>
        <translation>ຖືກເປີດແບບອ່ານຢ່າງດຽວ; ການແກ້ໄຂຈະບໍ່ຖືກບັນທຶກ</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>could not be saved ({error}); nothing was changed</source>
        <comment>project_store.could_saved_error_nothing</comment>
        <translation>ບໍ່ສາມາດບັນທຶກໄດ້ ({error}); ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ</translation>
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
        <location line="+86"/>
        <source>is an older project file; open it for editing to update it</source>
        <comment>project_store.older_project_file_open</comment>
        <translatorcomment>Native review: ເປີດແບບແກ້ໄຂໄດ້ is not in the glossary (open for editing), composed as the opposite of ເປີດແບບອ່ານຢ່າງດຽວ (Opened read-only).</translatorcomment>
        <translation>ເປັນໄຟລ໌ໂປຣເຈັກສະບັບເກົ່າ; ກະລຸນາເປີດແບບແກ້ໄຂໄດ້ ເພື່ອປັບປຸງໃຫ້ເປັນສະບັບໃໝ່</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot be opened ({error})</source>
        <comment>project_store.cannot_opened_error</comment>
        <translation>ບໍ່ສາມາດເປີດໄດ້ ({error})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{problem}; open it for editing to repair it</source>
        <comment>project_store.unfinished_open_editing_repair</comment>
        <translatorcomment>Native review: ເປີດແບບແກ້ໄຂໄດ້ is not in the glossary (open for editing), composed as the opposite of ເປີດແບບອ່ານຢ່າງດຽວ (Opened read-only).</translatorcomment>
        <translation>{problem}; ກະລຸນາເປີດແບບແກ້ໄຂໄດ້ ເພື່ອສ້ອມແປງ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is damaged ({error})</source>
        <comment>project_store.damaged_error</comment>
        <translation>ເສຍຫາຍ ({error})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is damaged: it holds text that is not valid UTF-8</source>
        <comment>project_store.damaged_holds_text_valid</comment>
        <translation>ເສຍຫາຍ: ມີຂໍ້ຄວາມທີ່ບໍ່ແມ່ນ UTF-8 ທີ່ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <location filename="../../engine/store/safety.py" line="+38"/>
        <source>cannot be read ({reason})</source>
        <comment>safety.cannot_read_value</comment>
        <translation>ບໍ່ສາມາດອ່ານໄດ້ ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is {size:.1f} GB; the limit for a project is 2 GB</source>
        <comment>safety.size_f_gb_limit</comment>
        <translation>ມີຂະໜາດ {size:.1f} GB; ຂີດຈຳກັດຂອງໂປຣເຈັກແມ່ນ 2 GB</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not an ABND Studio project (it is not an SQLite database)</source>
        <comment>safety.abnd_studio_project_sqlite</comment>
        <translation>ບໍ່ແມ່ນໂປຣເຈັກ ABND Studio (ບໍ່ແມ່ນຖານຂໍ້ມູນ SQLite)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is an SQLite database from another application, not an ABND Studio project</source>
        <comment>safety.sqlite_database_from_another</comment>
        <translation>ເປັນຖານຂໍ້ມູນ SQLite ຂອງໂປຣແກຣມອື່ນ, ບໍ່ແມ່ນໂປຣເຈັກ ABND Studio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>uses a write-ahead log (WAL mode), which ABND Studio project files never do; it was not opened and nothing was changed</source>
        <comment>safety.uses_write_ahead_log</comment>
        <translatorcomment>Native review: ບັນທຶກລ່ວງໜ້າ is not in the glossary (write-ahead log, an SQLite file), composed; the English term and WAL are kept beside it.</translatorcomment>
        <translation>ໃຊ້ບັນທຶກລ່ວງໜ້າ (write-ahead log, ໂໝດ WAL), ເຊິ່ງໄຟລ໌ໂປຣເຈັກ ABND Studio ບໍ່ເຄີຍໃຊ້; ຈຶ່ງບໍ່ໄດ້ເປີດ ແລະ ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is truncated or damaged (it is shorter than its own header says)</source>
        <comment>safety.truncated_damaged_shorter_than</comment>
        <translation>ຖືກຕັດ ຫຼື ເສຍຫາຍ (ສັ້ນກວ່າທີ່ສ່ວນຫົວຂອງໄຟລ໌ເອງລະບຸໄວ້)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>was made by a newer version of ABND Studio (project file version {version}; this version reads up to {readable}); update ABND Studio to open it</source>
        <comment>safety.was_made_newer_version</comment>
        <translation>ຖືກສ້າງໂດຍ ABND Studio ລຸ້ນໃໝ່ກວ່າ (ເລກສະບັບໄຟລ໌ໂປຣເຈັກ {version}; ລຸ້ນນີ້ອ່ານໄດ້ເຖິງສະບັບ {readable}); ກະລຸນາປັບປຸງ ABND Studio ເປັນລຸ້ນໃໝ່ ເພື່ອເປີດໄຟລ໌ນີ້</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is damaged (it has no project file version)</source>
        <comment>safety.damaged_has_no_project</comment>
        <translation>ເສຍຫາຍ (ບໍ່ມີເລກສະບັບຂອງໄຟລ໌ໂປຣເຈັກ)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>is altered: table &quot;{name}&quot; is not as ABND Studio made it</source>
        <comment>safety.altered_table_name_abnd</comment>
        <translation>ຖືກດັດແປງ: ຕາຕະລາງ &quot;{name}&quot; ບໍ່ຄືກັບທີ່ ABND Studio ສ້າງໄວ້</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+31"/>
        <source>holds something ABND Studio did not create ({kind} &quot;{name}&quot;); it was not opened</source>
        <comment>safety.foreign_schema_object</comment>
        <translation>ມີສິ່ງທີ່ ABND Studio ບໍ່ໄດ້ສ້າງ ({kind} &quot;{name}&quot;); ຈຶ່ງບໍ່ໄດ້ເປີດ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is damaged: table &quot;{missing}&quot; is missing</source>
        <comment>safety.damaged_table_missing_missing</comment>
        <translation>ເສຍຫາຍ: ຂາດຕາຕະລາງ &quot;{missing}&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is damaged ({error})</source>
        <comment>safety.damaged_error</comment>
        <translation>ເສຍຫາຍ ({error})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is damaged (SQLite&apos;s check says: {said})</source>
        <comment>safety.damaged_sqlite_s_check</comment>
        <translation>ເສຍຫາຍ (ການກວດສອບຂອງ SQLite ລະບຸວ່າ: {said})</translation>
    </message>
    <message>
        <location filename="../../engine/store/sizes.py" line="+43"/>
        <source>holds {size:.0f} MB of text; the limit is {limit} MB a cell</source>
        <comment>safety.holds_row_f_mb</comment>
        <translatorcomment>Native review: ຫ້ອງຕາຕະລາງ (short ຫ້ອງ) is not in the glossary (cells (of a table)), check LibreOffice Calc Lao.</translatorcomment>
        <translation>ມີຂໍ້ຄວາມ {size:.0f} MB; ຂີດຈຳກັດແມ່ນ {limit} MB ຕໍ່ຫ້ອງຕາຕະລາງ</translation>
    </message>
    <message>
        <location filename="../../engine/store/sidecars.py" line="+30"/>
        <source>was left unfinished by a program that stopped while saving it (a crash, a pulled USB stick or an empty battery)</source>
        <comment>sidecars.unfinished</comment>
        <translation>ຖືກປະໄວ້ບໍ່ສຳເລັດ ໂດຍໂປຣແກຣມທີ່ຢຸດເຊົາໃນຂະນະບັນທຶກ (ໂປຣແກຣມຂັດຂ້ອງ, ຖອດ USB ອອກ ຫຼື ແບັດເຕີຣີໝົດ)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>has a &quot;{name}&quot; file beside it (a write-ahead log, which ABND Studio never makes): it was not opened and nothing was changed; remove that file only if you know where it came from</source>
        <comment>sidecars.has_name_file_beside</comment>
        <translatorcomment>Native review: ບັນທຶກລ່ວງໜ້າ is not in the glossary (write-ahead log, an SQLite file), composed; the English term and WAL are kept beside it.</translatorcomment>
        <translation>ມີໄຟລ໌ &quot;{name}&quot; ຢູ່ຄຽງຂ້າງ (ບັນທຶກລ່ວງໜ້າ write-ahead log, ເຊິ່ງ ABND Studio ບໍ່ເຄີຍສ້າງ): ຈຶ່ງບໍ່ໄດ້ເປີດ ແລະ ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ; ຢ່າລຶບໄຟລ໌ນັ້ນ ຖ້າທ່ານບໍ່ຮູ້ວ່າມັນມາຈາກໃສ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{problem}, and could not be repaired ({reason})</source>
        <comment>sidecars.unfinished_could_repaired_error</comment>
        <translation>{problem}, ແລະ ບໍ່ສາມາດສ້ອມແປງໄດ້ ({reason})</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{problem}; open it for editing once to repair it (a private copy to read it from could not be made: {reason})</source>
        <comment>sidecars.unfinished_open_editing_once</comment>
        <translatorcomment>Native review: ເປີດແບບແກ້ໄຂໄດ້ is not in the glossary (open for editing), composed as the opposite of ເປີດແບບອ່ານຢ່າງດຽວ (Opened read-only).</translatorcomment>
        <translation>{problem}; ກະລຸນາເປີດແບບແກ້ໄຂໄດ້ໜຶ່ງເທື່ອ ເພື່ອສ້ອມແປງ (ບໍ່ສາມາດສ້າງສຳເນົາສ່ວນຕົວເພື່ອອ່ານໄຟລ໌ໄດ້: {reason})</translation>
    </message>
    <message>
        <location filename="../../engine/store/document.py" line="+31"/>
        <source>is not a project field</source>
        <comment>whole_file.project_field</comment>
        <translation>ບໍ່ແມ່ນຊ່ອງຂໍ້ມູນຂອງໂປຣເຈັກ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is damaged: the project&apos;s {key} is missing</source>
        <comment>whole_file.damaged_project_s_key</comment>
        <translation>ເສຍຫາຍ: ຂາດ {key} ຂອງໂປຣເຈັກ</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>is damaged: its key does not match it</source>
        <comment>whole_file.damaged_its_key_does</comment>
        <translatorcomment>Native review: ຄີ is not in the glossary (key, of a JSON object or a stored entry), loanword.</translatorcomment>
        <translation>ເສຍຫາຍ: ຄີຂອງມັນບໍ່ກົງກັບເນື້ອໃນ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>is damaged: its key does not match its content</source>
        <comment>whole_file.damaged_its_key_does_2</comment>
        <translatorcomment>Native review: ຄີ is not in the glossary (key, of a JSON object or a stored entry), loanword.</translatorcomment>
        <translation>ເສຍຫາຍ: ຄີຂອງມັນບໍ່ກົງກັບເນື້ອໃນຂອງມັນ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is damaged: it is not text</source>
        <comment>whole_file.damaged_text</comment>
        <translation>ເສຍຫາຍ: ບໍ່ແມ່ນຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is damaged ({message})</source>
        <comment>whole_file.damaged_message</comment>
        <translation>ເສຍຫາຍ ({message})</translation>
    </message>
    <message>
        <location filename="../../engine/store/whole_file.py" line="+86"/>
        <source>is damaged: it could not be brought up to date ({error})</source>
        <comment>whole_file.migration_damaged</comment>
        <translation>ເສຍຫາຍ: ບໍ່ສາມາດປັບໃຫ້ເປັນສະບັບປັດຈຸບັນໄດ້ ({error})</translation>
    </message>
    <message>
        <location filename="../../engine/analysis/missing_data.py" line="+44"/>
        <source>{field} is not given; {count} scenario(s) cannot be costed without it: {scenarios}</source>
        <comment>missing_data.blocks_scenarios</comment>
        <translation>ບໍ່ໄດ້ໃສ່ {field}; ສະຖານະການສົມມຸດ {count} ອັນ ບໍ່ສາມາດຄິດໄລ່ຄ່າໃຊ້ຈ່າຍໄດ້ ຖ້າບໍ່ມີມັນ: {scenarios}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{field} {reason}</source>
        <comment>missing_data.field_reason</comment>
        <translation>{field} {reason}</translation>
    </message>
    <message>
        <location filename="../../engine/report/options.py" line="+61"/>
        <source>&quot;{part}&quot; is not a part of the report (parts: {parts})</source>
        <comment>report.unknown_part</comment>
        <translation>&quot;{part}&quot; ບໍ່ແມ່ນພາກສ່ວນຂອງບົດລາຍງານ (ພາກສ່ວນ: {parts})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>names no part of the report (parts: {parts})</source>
        <comment>report.no_part</comment>
        <translation>ບໍ່ໄດ້ລະບຸພາກສ່ວນໃດຂອງບົດລາຍງານ (ພາກສ່ວນ: {parts})</translation>
    </message>
    <message>
        <location filename="../../gui/report/cli.py" line="+23"/>
        <location filename="../../gui/report/write.py" line="+64"/>
        <source>the report is a .pdf, .docx or .odt file</source>
        <comment>report.format</comment>
        <translation>ບົດລາຍງານຕ້ອງເປັນໄຟລ໌ .pdf, .docx ຫຼື .odt</translation>
    </message>
    <message>
        <location filename="../../engine/edits/rename.py" line="+34"/>
        <source>&quot;{id}&quot; is already the id of another scenario</source>
        <comment>rename.taken</comment>
        <translation>&quot;{id}&quot; ເປັນລະຫັດຂອງສະຖານະການສົມມຸດອື່ນແລ້ວ</translation>
    </message>
    <message>
        <location filename="../../engine/importing/apply.py" line="+98"/>
        <source>ages {low}-{high} in {count} year(s) {span} replaced by {rows:,} rows; {removed:,} rows removed, the rest kept</source>
        <comment>import.population_replaced</comment>
        <translation>ອາຍຸ {low}-{high} ປີ ໃນ {count} ປີ ({span}) ຖືກແທນທີ່ດ້ວຍ {rows:,} ແຖວ; ລຶບອອກ {removed:,} ແຖວ, ແຖວທີ່ເຫຼືອເກັບໄວ້ຄືເດີມ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>converted from {source} to {target}</source>
        <comment>import.population_converted</comment>
        <translation>ປ່ຽນຫົວໜ່ວຍຈາກ {source} ເປັນ {target}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} year(s) between the imported years interpolated between them: {years}</source>
        <comment>import.between_interpolated</comment>
        <translatorcomment>Native review: &apos;interpolate&apos; rendered ຄິດໄລ່ແບບສອດແຊກ as in the Report text; CountryModels uses ປະມານຄ່າລະຫວ່າງປີ.</translatorcomment>
        <translation>{count} ປີ ທີ່ຢູ່ລະຫວ່າງປີທີ່ນຳເຂົ້າ ຖືກຄິດໄລ່ແບບສອດແຊກ: {years}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} year(s) between the imported years kept as they were: {years}</source>
        <comment>import.between_kept</comment>
        <translation>{count} ປີ ທີ່ຢູ່ລະຫວ່າງປີທີ່ນຳເຂົ້າ ເກັບໄວ້ຄືເດີມ: {years}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field}: {change}</source>
        <comment>import.change</comment>
        <translation>{field}: {change}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{first}-{last} ({count} values)</source>
        <comment>import.span</comment>
        <translation>{first}-{last} ({count} ຄ່າ)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{span} set, other years kept</source>
        <comment>import.series_set</comment>
        <translation>ໃສ່ຄ່າຂອງ {span} ແລ້ວ, ປີອື່ນເກັບໄວ້ຄືເດີມ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{value:,.0f} (the {year} value)</source>
        <comment>import.base_value</comment>
        <translation>{value:,.0f} (ຄ່າຂອງປີ {year})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{value:,.2f} (was not given)</source>
        <comment>import.level_new</comment>
        <translation>{value:,.2f} (ກ່ອນໜ້ານີ້ບໍ່ມີຄ່າ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value:,.2f} (was {old:,.2f})</source>
        <comment>import.level</comment>
        <translation>{value:,.2f} (ຄ່າເດີມ {old:,.2f})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} rows replace {before}</source>
        <comment>import.participation</comment>
        <translation>{count} ແຖວ ແທນທີ່ {before} ແຖວເດີມ</translation>
    </message>
    <message>
        <location filename="../../engine/format/read_financing.py" line="+52"/>
        <source>give either &quot;unit&quot; and &quot;amount&quot;, or &quot;contributions&quot; (computed), not both</source>
        <comment>read_financing.amount_or_contributions</comment>
        <translation>ໃຫ້ລະບຸ &quot;unit&quot; ແລະ &quot;amount&quot;, ຫຼື &quot;contributions&quot; (ຄິດໄລ່), ບໍ່ແມ່ນທັງສອງ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is computed for the kind &quot;{expected}&quot; only; this source is &quot;{kind}&quot;</source>
        <comment>read_financing.contributions_kind</comment>
        <translation>ຄິດໄລ່ໄດ້ສະເພາະປະເພດ &quot;{expected}&quot; ເທົ່ານັ້ນ; ແຫຼ່ງທຶນນີ້ເປັນ &quot;{kind}&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>needs &quot;{key}&quot; (or, for contributions collected, &quot;contributions&quot;)</source>
        <comment>read_financing.needs_unit_amount</comment>
        <translation>ຕ້ອງການ &quot;{key}&quot; (ຫຼື, ສຳລັບເງິນສົມທົບທີ່ເກັບໄດ້, &quot;contributions&quot;)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{target_year} is before the start year {start_year}</source>
        <comment>read_financing.target_year_before_start</comment>
        <translation>{target_year} ແມ່ນກ່ອນປີເລີ່ມຕົ້ນ {start_year}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>low {low:g} is above high {high:g}</source>
        <comment>read_financing.low_above_high</comment>
        <translation>ຄ່າຕ່ຳ {low:g} ສູງກວ່າຄ່າສູງ {high:g}</translation>
    </message>
    <message>
        <location filename="../../engine/method/financing.py" line="+112"/>
        <source>cannot be computed: scenario &quot;{scenario}&quot; has no results ({reason})</source>
        <comment>financing.contributions_scenario_blocked</comment>
        <translation>ບໍ່ສາມາດຄິດໄລ່ໄດ້: ສະຖານະການສົມມຸດ &quot;{scenario}&quot; ບໍ່ມີຜົນ ({reason})</translation>
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
        <location filename="../../engine/edits/flat.py" line="+190"/>
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
        <location line="+91"/>
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
        <location filename="../../engine/store/journal.py" line="+110"/>
        <source>is damaged: it cannot be read ({error})</source>
        <comment>journal.unreadable</comment>
        <translation>ເສຍຫາຍ: ບໍ່ສາມາດອ່ານໄດ້ ({error})</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+73"/>
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
        <location filename="../../engine/store/versions.py" line="+44"/>
        <source>&quot;{name}&quot; is a number, which names a version by its place; give it words</source>
        <comment>versions.name_is_a_number</comment>
        <translation>“{name}” ເປັນຕົວເລກ ເຊິ່ງໃຊ້ເອີ້ນສະບັບຕາມລຳດັບ; ກະລຸນາຕັ້ງຊື່ເປັນຄຳສັບ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a version is already named &quot;{name}&quot;; give this one another name</source>
        <comment>versions.name_taken</comment>
        <translation>ມີສະບັບທີ່ຊື່ “{name}” ແລ້ວ; ກະລຸນາຕັ້ງຊື່ອື່ນໃຫ້ສະບັບນີ້</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>is damaged: it cannot be read ({error})</source>
        <comment>versions.unreadable</comment>
        <translation>ເສຍຫາຍ: ບໍ່ສາມາດອ່ານໄດ້ ({error})</translation>
    </message>
    <message>
        <location line="+15"/>
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
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../../engine/method/explain.py" line="-119"/>
        <source>population in the age band and sex</source>
        <translation>ພົນລະເມືອງໃນກຸ່ມອາຍຸ ແລະ ເພດ</translation>
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
        <translation>ຄົນ</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>labour force in the age band</source>
        <translation>ກຳລັງແຮງງານໃນກຸ່ມອາຍຸ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unemployment rate</source>
        <translation>ອັດຕາການວ່າງງານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+7"/>
        <source>fraction</source>
        <translation>ອັດຕາສ່ວນ (0-1)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>share of employed who are informal</source>
        <translation>ອັດຕາສ່ວນຂອງຜູ້ມີວຽກເຮັດທີ່ເປັນແຮງງານນອກລະບົບ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>targeting multiplier (target share x prevalence x not yet covered)</source>
        <translation>ຕົວຄູນການກຳນົດເປົ້າໝາຍ (ອັດຕາສ່ວນເປົ້າໝາຍ x ອັດຕາການເກີດຂຶ້ນ x ສ່ວນທີ່ຍັງບໍ່ໄດ້ຮັບການປົກຄຸມ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>births</source>
        <translation>ການເກີດ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>births in the months the scheme runs in its first year</source>
        <translation>ການເກີດໃນເດືອນທີ່ໂຄງການດຳເນີນໃນປີທຳອິດ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>persons removed: beneficiaries of the schemes it is covered by (P x m - R = N)</source>
        <translation>ຈຳນວນຄົນທີ່ຫັກອອກ: ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດຈາກໂຄງການອື່ນທີ່ປົກຄຸມແລ້ວ (P x m - R = N)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>daily wage</source>
        <translation>ຄ່າແຮງງານລາຍວັນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LCU per day</source>
        <translatorcomment>LCU is replaced by the currency code (e.g. LAK); keep it as is.</translatorcomment>
        <translation>LCU ຕໍ່ວັນ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>population served</source>
        <translation>ພົນລະເມືອງທີ່ໄດ້ຮັບການບໍລິການ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>health workers needed at the target ratio</source>
        <translation>ຈຳນວນບຸກຄະລາກອນສາທາລະນະສຸກທີ່ຕ້ອງການ ຕາມອັດຕາເປົ້າໝາຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>workers</source>
        <translation>ຄົນ</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>health workers at today&apos;s ratio</source>
        <translation>ບຸກຄະລາກອນສາທາລະນະສຸກ ຕາມອັດຕາປັດຈຸບັນ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>annual salary of a health worker</source>
        <translation>ເງິນເດືອນປະຈຳປີຂອງບຸກຄະລາກອນສາທາລະນະສຸກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LCU per year</source>
        <translatorcomment>LCU is replaced by the currency code (e.g. LAK); keep it as is.</translatorcomment>
        <translation>LCU ຕໍ່ປີ</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>additional health workers</source>
        <translation>ບຸກຄະລາກອນສາທາລະນະສຸກເພີ່ມເຕີມ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>eligible persons</source>
        <translation>ຜູ້ທີ່ມີສິດ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{currency} per month</source>
        <translation>{currency} ຕໍ່ເດືອນ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>eligible persons aged {band}</source>
        <translation>ຜູ້ທີ່ມີສິດ ອາຍຸ {band} ປີ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>monthly benefit at ages {band}</source>
        <translation>ເງິນອຸດໜູນລາຍເດືອນ ອາຍຸ {band} ປີ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>take-up</source>
        <translation>ອັດຕາການເຂົ້າຮັບສິດ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>monthly benefit, averaged over the eligible persons (sum of N x b by tier / N)</source>
        <translation>ເງິນອຸດໜູນລາຍເດືອນ, ສະເລ່ຍຕໍ່ຜູ້ທີ່ມີສິດ (ຜົນລວມຂອງ N x b ຕາມຂັ້ນ / N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>monthly benefit</source>
        <translation>ເງິນອຸດໜູນລາຍເດືອນ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>months paid a year</source>
        <translation>ຈຳນວນເດືອນທີ່ຈ່າຍຕໍ່ປີ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+95"/>
        <source>months</source>
        <translation>ເດືອນ</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>share of the year paid (first year, from month {month})</source>
        <translation>ອັດຕາສ່ວນຂອງປີທີ່ຈ່າຍ (ປີທຳອິດ, ຕັ້ງແຕ່ເດືອນ {month})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>annual amount per beneficiary</source>
        <translation>ຈຳນວນເງິນຕໍ່ປີ ຕໍ່ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{currency} per year</source>
        <translation>{currency} ຕໍ່ປີ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>benefit outlay = TU x N x A</source>
        <translation>ລາຍຈ່າຍເງິນອຸດໜູນ = TU x N x A</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>administration rate</source>
        <translation>ອັດຕາຄ່າໃຊ້ຈ່າຍໃນການບໍລິຫານ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% of benefits</source>
        <translation>% ຂອງເງິນອຸດໜູນ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fixed administration</source>
        <translation>ຄ່າໃຊ້ຈ່າຍໃນການບໍລິຫານຄົງທີ່</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>administration = alpha x BC + F</source>
        <translation>ຄ່າບໍລິຫານ = alpha x BC + F</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>total cost = BC + AC</source>
        <translation>ຄ່າໃຊ້ຈ່າຍທັງໝົດ = BC + AC</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nominal GDP</source>
        <translation>GDP ຕາມລາຄາປັດຈຸບັນ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cost in % of GDP = 100 x C / GDPn</source>
        <translation>ຄ່າໃຊ້ຈ່າຍ ເປັນ % ຕໍ່ GDP = 100 x C / GDPn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} ({kind}), fiscal year {year} (month {month} of {previous} to month {last_month} of {year}); terms of calendar year {year}</source>
        <translation>{name} ({kind}), ສົກປີງົບປະມານ {year} (ເດືອນ {month} ປີ {previous} ຫາ ເດືອນ {last_month} ປີ {year}); ອົງປະກອບຂອງປີປະຕິທິນ {year}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>months paid this year: the scheme starts in month {month} ({months} x (13 - {month}) / 12)</source>
        <translation>ຈຳນວນເດືອນທີ່ຈ່າຍໃນປີນີ້: ໂຄງການເລີ່ມໃນເດືອນ {month} ({months} x (13 - {month}) / 12)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>total cost of calendar year {year}</source>
        <translation>ຄ່າໃຊ້ຈ່າຍທັງໝົດຂອງປີປະຕິທິນ {year}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>share of {year}&apos;s cost in this fiscal year</source>
        <translation>ອັດຕາສ່ວນຂອງຄ່າໃຊ້ຈ່າຍປີ {year} ໃນສົກປີງົບປະມານນີ້</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>total cost in the fiscal year = w[-1] x C[-1] + w x C</source>
        <translation>ຄ່າໃຊ້ຈ່າຍທັງໝົດໃນສົກປີງົບປະມານ = w[-1] x C[-1] + w x C</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nominal GDP of the fiscal year = {late} x GDPn[{previous}] + {early} x GDPn[{year}]</source>
        <translation>GDP ຕາມລາຄາປັດຈຸບັນຂອງສົກປີງົບປະມານ = {late} x GDPn[{previous}] + {early} x GDPn[{year}]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cost in % of GDP = 100 x C_FY / GDPn_FY</source>
        <translation>ຄ່າໃຊ້ຈ່າຍ ເປັນ % ຕໍ່ GDP = 100 x C_FY / GDPn_FY</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <location filename="../../gui/report/dialog.py" line="+46"/>
        <source>Export the ABND report</source>
        <translation>ສົ່ງອອກບົດລາຍງານ ABND</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF, to print and send</source>
        <translation>PDF, ສຳລັບພິມ ແລະ ສົ່ງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word (.docx), to edit</source>
        <translation>Word (.docx), ສຳລັບແກ້ໄຂ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument (.odt), to edit</source>
        <translation>OpenDocument (.odt), ສຳລັບແກ້ໄຂ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parts</source>
        <translation>ພາກສ່ວນ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Format</source>
        <translation>ຮູບແບບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>ເຈ້ຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status on the cover</source>
        <translation>ສະຖານະ ຢູ່ໜ້າປົກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>ສະບັບ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt; Previous page</source>
        <translation>&lt; ໜ້າກ່ອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page &gt;</source>
        <translation>ໜ້າຕໍ່ໄປ &gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export...</source>
        <translation>ສົ່ງອອກ...</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Page {page} of {pages}</source>
        <translation>ໜ້າ {page} / {pages}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the report as</source>
        <translation>ສົ່ງອອກບົດລາຍງານເປັນ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot export</source>
        <translation>ບໍ່ສາມາດສົ່ງອອກໄດ້</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../engine/domain/field_names.py" line="+25"/>
        <source>Projection years</source>
        <translation>ປີຂອງການຄາດຄະເນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base year</source>
        <translation>ປີພື້ນຖານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>ປີສຸດທ້າຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal year starts in</source>
        <translation>ສົກປີງົບປະມານເລີ່ມໃນເດືອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../engine/edits/field_names.py" line="+26"/>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>ສະກຸນເງິນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location filename="../../engine/edits/field_names.py" line="+2"/>
        <source>Population</source>
        <translation>ພົນລະເມືອງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Births</source>
        <translation>ການເກີດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population unit</source>
        <translation>ຫົວໜ່ວຍຂອງພົນລະເມືອງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../engine/edits/field_names.py" line="+1"/>
        <source>Economy</source>
        <translation>ເສດຖະກິດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominal GDP in the base year</source>
        <translation>GDP ຕາມລາຄາປັດຈຸບັນ ໃນປີພື້ນຖານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominal GDP</source>
        <translation>GDP ຕາມລາຄາປັດຈຸບັນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real GDP growth</source>
        <translation>ການຂະຫຍາຍຕົວຂອງ GDP ຕົວຈິງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../engine/edits/field_names.py" line="+34"/>
        <source>GDP deflator growth</source>
        <translation>ການຂະຫຍາຍຕົວຂອງຕົວປັບລາຄາ GDP (deflator)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPI inflation</source>
        <translation>ອັດຕາເງິນເຟີ້ຕາມດັດຊະນີລາຄາຜູ້ບໍລິໂພກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government expenditure, % of GDP</source>
        <translation>ລາຍຈ່າຍຂອງລັດ, % ຕໍ່ GDP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Government revenue, % of GDP</source>
        <translation>ລາຍຮັບຂອງລັດ, % ຕໍ່ GDP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real wage growth</source>
        <translation>ການຂະຫຍາຍຕົວຂອງຄ່າຈ້າງຕົວຈິງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poverty line, per person a month</source>
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
        <translation>ຄ່າຈ້າງສະເລ່ຍ, ຕໍ່ເດືອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour data</source>
        <translation>ຂໍ້ມູນແຮງງານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour force participation rate</source>
        <translation>ອັດຕາການເຂົ້າຮ່ວມກຳລັງແຮງງານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unemployment rate</source>
        <translation>ອັດຕາການວ່າງງານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informal share of employment</source>
        <translation>ອັດຕາສ່ວນແຮງງານນອກລະບົບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenarios</source>
        <translation>ສະຖານະການສົມມຸດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal space, % of GDP</source>
        <translation>ຊ່ອງຫວ່າງທາງງົບປະມານ, % ຕໍ່ GDP</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+1"/>
        <source>Financing sources</source>
        <translation>ແຫຼ່ງສະໜອງທຶນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>ລະຫັດ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option</source>
        <translation>ທາງເລືອກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>ຫົວໜ່ວຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>ຈຳນວນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contributions collected</source>
        <translation>ເງິນສົມທົບທີ່ເກັບໄດ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Range</source>
        <translation>ຂອບເຂດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source of the amount</source>
        <translation>ແຫຼ່ງທີ່ມາຂອງຈຳນວນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feasibility</source>
        <translation>ຄວາມເປັນໄປໄດ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guarantee</source>
        <translation>ການຄໍ້າປະກັນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing provision</source>
        <translation>ມາດຕະການທີ່ມີຢູ່ແລ້ວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy gap</source>
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
        <translation>ຂໍ້ສະເໜີແນະ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked scenarios</source>
        <translation>ສະຖານະການສົມມຸດທີ່ເຊື່ອມໂຍງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>ບູລິມະສິດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agencies</source>
        <translation>ພາກສ່ວນຮັບຜິດຊອບ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>anchor</source>
        <translatorcomment>The amount a benefit is a percent of (poverty line, minimum wage...). Native review.</translatorcomment>
        <translation>ຖານອ້າງອີງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percent of the anchor</source>
        <translation>ເປີເຊັນຂອງຖານອ້າງອີງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../engine/edits/field_names.py" line="+76"/>
        <source>amount a month</source>
        <translation>ຈຳນວນຕໍ່ເດືອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indexation</source>
        <translation>ການປັບຕາມດັດຊະນີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../engine/edits/field_names.py" line="+3"/>
        <source>tiers</source>
        <translation>ຂັ້ນຕາມອາຍຸ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ramp</source>
        <translation>ການເພີ່ມຂຶ້ນເທື່ອລະກ້າວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../engine/edits/field_names.py" line="-59"/>
        <source>kind</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{field}, row {row}</source>
        <translation>{field}, ແຖວ {row}</translation>
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
        <translation>ສະຖານະການສົມມຸດ “{name}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../engine/edits/field_names.py" line="+1"/>
        <source>Package &quot;{name}&quot;</source>
        <translation>ຊຸດສິດທິປະໂຫຍດ “{name}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matrix row {name}</source>
        <translation>ແຖວ {name} ຂອງຕາຕະລາງປະເມີນ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{item}: {field}</source>
        <translation>{item}: {field}</translation>
    </message>
    <message>
        <location filename="../../engine/edits/field_names.py" line="+1"/>
        <source>Matrix row &quot;{name}&quot;</source>
        <translation>ແຖວຕາຕະລາງ &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../engine/domain/field_names.py" line="-20"/>
        <location filename="../../engine/edits/field_names.py" line="+1"/>
        <source>Financing source &quot;{name}&quot;</source>
        <translation>ແຫຼ່ງສະໜອງທຶນ “{name}”</translation>
    </message>
    <message>
        <location filename="../../engine/edits/field_names.py" line="+1"/>
        <source>Population {name}</source>
        <translation>ພົນລະເມືອງ {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project</source>
        <translation>ໂປຣເຈັກ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Years</source>
        <translation>ປີ</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+7"/>
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
        <location line="+1"/>
        <source>Order of the financing sources</source>
        <translation>ລຳດັບຂອງແຫຼ່ງສະໜອງທຶນ</translation>
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
        <location line="+2"/>
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
        <location line="+1"/>
        <source>guarantee</source>
        <translation>ການຄໍ້າປະກັນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+1"/>
        <source>number of beneficiaries</source>
        <translation>ຈຳນວນຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>financing sources</source>
        <translation>ແຫຼ່ງສະໜອງທຶນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amount</source>
        <translation>ຈຳນວນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contributions collected</source>
        <translation>ເງິນສົມທົບທີ່ເກັບໄດ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>range</source>
        <translation>ຂອບເຂດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feasibility</source>
        <translation>ຄວາມເປັນໄປໄດ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wage</source>
        <translation>ຄ່າຈ້າງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of the wage</source>
        <translation>ສັດສ່ວນຂອງຄ່າຈ້າງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contribution rate</source>
        <translation>ອັດຕາເງິນສົມທົບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>ຄ່າຕ່ຳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>ຄ່າສູງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distribution</source>
        <translation>ການແຈກຢາຍ</translation>
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
        <location line="+2"/>
        <source>anchored on</source>
        <translation>ອີງໃສ່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indexed on</source>
        <translation>ປັບຕາມ</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+73"/>
        <source>{owner}: {label}</source>
        <translation>{owner}: {label}</translation>
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
    <name>FinancingEditor</name>
    <message>
        <location filename="../../gui/scenarios/financing_editor.py" line="+67"/>
        <source>per year</source>
        <translation>ແຕ່ລະປີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ramp from</source>
        <translation>ຂະຫຍາຍເທື່ອລະກ້າວ ຈາກ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0.5 %, or 2026: 0.2 %; 2030: 0.5 %</source>
        <translation>0,5 %, ຫຼື 2026: 0,2 %; 2030: 0,5 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>amount in the first year</source>
        <translation>ຈຳນວນໃນປີທຳອິດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first year</source>
        <translation>ປີທຳອິດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount reached</source>
        <translation>ຈຳນວນທີ່ບັນລຸ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year it is reached</source>
        <translation>ປີທີ່ບັນລຸ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>in</source>
        <translation>ໃນປີ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>to</source>
        <translation>ເຖິງ</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>by</source>
        <translation>ພາຍໃນປີ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>minimum wage</source>
        <translation>ຄ່າແຮງງານຂັ້ນຕ່ຳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>average wage</source>
        <translation>ຄ່າຈ້າງສະເລ່ຍ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wage, % of the anchor</source>
        <translation>ຄ່າຈ້າງ, % ຂອງຄ່າອ້າງອີງ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contribution rate the members pay, %</source>
        <translation>ອັດຕາເງິນສົມທົບທີ່ສະມາຊິກຈ່າຍ, %</translation>
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
        <translation>ຂອງຈຳນວນ (ຫວ່າງ: -20 % ເຖິງ 20 %)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The financing source to edit</source>
        <translation>ແຫຼ່ງສະໜອງທຶນທີ່ຈະແກ້ໄຂ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source&apos;s name in charts, tables and the report</source>
        <translation>ຊື່ຂອງແຫຼ່ງທຶນ ໃນເສັ້ນສະແດງ, ຕາຕະລາງ ແລະ ບົດລາຍງານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The option of the ILO handbook on fiscal space this source is</source>
        <translation>ທາງເລືອກໃນຄູ່ມືຂອງອົງການແຮງງານສາກົນ ວ່າດ້ວຍຊ່ອງຫວ່າງທາງງົບປະມານ ທີ່ແຫຼ່ງທຶນນີ້ຈັດຢູ່ໃນ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The unit of the amount: % of GDP, % of government revenue, or money</source>
        <translation>ຫົວໜ່ວຍຂອງຈຳນວນ: % ຕໍ່ GDP, % ຕໍ່ລາຍຮັບຂອງລັດ, ຫຼື ຈຳນວນເງິນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One amount or values by year, or a ramp between two years</source>
        <translation>ຈຳນວນດຽວ ຫຼື ຄ່າແຕ່ລະປີ, ຫຼື ການຂະຫຍາຍເທື່ອລະກ້າວລະຫວ່າງສອງປີ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount: one value for every year, or values by year (e.g. 2026: 0.2 %)</source>
        <translatorcomment>Example written with the Lao decimal comma (0,2), as the number parser reads Lao input.</translatorcomment>
        <translation>ຈຳນວນ: ຄ່າດຽວສຳລັບທຸກປີ, ຫຼື ຄ່າແຕ່ລະປີ (ເຊັ່ນ 2026: 0,2&#xa0;%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scheme whose members pay the contributions</source>
        <translation>ລະບອບທີ່ສະມາຊິກຈ່າຍເງິນສົມທົບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wage the members&apos; wages are a share of</source>
        <translation>ຄ່າຈ້າງອ້າງອີງ ທີ່ໃຊ້ຄິດໄລ່ຄ່າຈ້າງຂອງສະມາຊິກເປັນສັດສ່ວນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The members&apos; wage, in % of that wage (e.g. 80 %)</source>
        <translation>ຄ່າຈ້າງຂອງສະມາຊິກ, ເປັນ % ຂອງຄ່າຈ້າງອ້າງອີງນັ້ນ (ເຊັ່ນ 80&#xa0;%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contribution rate the members pay, in % of their wage</source>
        <translation>ອັດຕາເງິນສົມທົບທີ່ສະມາຊິກຈ່າຍ, ເປັນ % ຂອງຄ່າຈ້າງຂອງເຂົາເຈົ້າ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much lower the amount could be, in % (e.g. -20 %)</source>
        <translation>ຈຳນວນອາດຕ່ຳກວ່ານີ້ໄດ້ເທົ່າໃດ, ເປັນ % (ເຊັ່ນ -20&#xa0;%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much higher the amount could be, in % (e.g. 20 %)</source>
        <translation>ຈຳນວນອາດສູງກວ່ານີ້ໄດ້ເທົ່າໃດ, ເປັນ % (ເຊັ່ນ 20&#xa0;%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the amount comes from (a budget law, a study, a letter)</source>
        <translation>ແຫຼ່ງທີ່ມາຂອງຈຳນວນ (ກົດໝາຍງົບປະມານ, ການສຶກສາ, ໜັງສືທາງການ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How feasible the option is, and what it would take</source>
        <translation>ທາງເລືອກນີ້ເປັນໄປໄດ້ຫຼາຍປານໃດ ແລະ ຕ້ອງມີເງື່ອນໄຂຫຍັງແດ່</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+372"/>
        <source>New source</source>
        <translation>ແຫຼ່ງທຶນໃໝ່</translation>
    </message>
    <message>
        <location line="-370"/>
        <source>Delete source</source>
        <translation>ລຶບແຫຼ່ງທຶນ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Financing source:</source>
        <translation>ແຫຼ່ງສະໜອງທຶນ:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option</source>
        <translation>ທາງເລືອກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given as</source>
        <translation>ກຳນົດເປັນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>ຈຳນວນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheme whose members pay</source>
        <translation>ລະບອບທີ່ສະມາຊິກຈ່າຍເງິນສົມທົບ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their wage</source>
        <translation>ຄ່າຈ້າງຂອງເຂົາເຈົ້າ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contribution rate</source>
        <translation>ອັດຕາເງິນສົມທົບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How sure</source>
        <translation>ຄວາມແນ່ນອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it comes from</source>
        <translation>ແຫຼ່ງທີ່ມາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feasibility</source>
        <translation>ຄວາມເປັນໄປໄດ້</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>In {year} it gives {money} {currency}, {pct} of GDP.</source>
        <translation>ໃນປີ {year} ແຫຼ່ງທຶນນີ້ໃຫ້ {money} {currency}, {pct} ຕໍ່ GDP.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It finances: {names}.</source>
        <translation>ສະໜອງທຶນໃຫ້: {names}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No package chooses it yet (Packages page).</source>
        <translation>ຍັງບໍ່ມີຊຸດສິດທິປະໂຫຍດໃດເລືອກແຫຼ່ງທຶນນີ້ (ໜ້າ ຊຸດສິດທິປະໂຫຍດ).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit financing source</source>
        <translation>ແກ້ໄຂແຫຼ່ງສະໜອງທຶນ</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Contributions are computed from a contribution subsidy or a custom scheme&apos;s members: add one on the Scenarios page first.</source>
        <translation>ເງິນສົມທົບຄິດໄລ່ຈາກສະມາຊິກຂອງລະບອບອຸດໜູນເງິນສົມທົບ ຫຼື ລະບອບກຳນົດເອງ: ໃຫ້ເພີ່ມລະບອບດັ່ງກ່າວຢູ່ໜ້າ ສະຖານະການສົມມຸດ ກ່ອນ.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>an amount is needed: 0.5 %, or 2026: 0.2 %</source>
        <translation>ຕ້ອງມີຈຳນວນ: 0,5 %, ຫຼື 2026: 0,2 %</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>New financing source</source>
        <translation>ແຫຼ່ງສະໜອງທຶນໃໝ່</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete financing source</source>
        <translation>ລຶບແຫຼ່ງສະໜອງທຶນ</translation>
    </message>
</context>
<context>
    <name>FinancingPanel</name>
    <message>
        <location filename="../../gui/results/financing_view.py" line="+45"/>
        <source>Source</source>
        <translation>ແຫຼ່ງທຶນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option</source>
        <translation>ທາງເລືອກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>ຈຳນວນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it comes from</source>
        <translation>ແຫຼ່ງທີ່ມາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feasibility</source>
        <translation>ຄວາມເປັນໄປໄດ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finances</source>
        <translation>ສະໜອງທຶນໃຫ້</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Financing sources&lt;/b&gt;</source>
        <translation>&lt;b&gt;ແຫຼ່ງສະໜອງທຶນ&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name}: cost against its financing</source>
        <translation>{name}: ຄ່າໃຊ້ຈ່າຍທຽບກັບການສະໜອງທຶນ</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{name}: no results</source>
        <translation>{name}: ບໍ່ມີຜົນ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: no financing source</source>
        <translation>{name}: ບໍ່ມີແຫຼ່ງສະໜອງທຶນ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: not affordable by {year} (gap {gap} of GDP)</source>
        <translatorcomment>ມີທຶນພຽງພໍ (affordable: its sources cover its cost). Proposed; native review.</translatorcomment>
        <translation>{name}: ຍັງບໍ່ມີທຶນພຽງພໍຮອດປີ {year} (ຂາດ {gap} ຕໍ່ GDP)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: affordable every year</source>
        <translation>{name}: ມີທຶນພຽງພໍທຸກປີ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: affordable from {year} (then every year)</source>
        <translation>{name}: ມີທຶນພຽງພໍຕັ້ງແຕ່ປີ {year} (ແລະ ທຸກປີຕໍ່ມາ)</translation>
    </message>
</context>
<context>
    <name>FiscalYearPicker</name>
    <message>
        <location filename="../../gui/country/fiscal.py" line="+17"/>
        <source>January (the calendar year)</source>
        <translation>ມັງກອນ (ປີປະຕິທິນ)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The month the government&apos;s budget year starts; results are given by fiscal year, named by the year it ends</source>
        <translation>ເດືອນທີ່ສົກປີງົບປະມານຂອງລັດຖະບານເລີ່ມຕົ້ນ; ຜົນໄດ້ຮັບສະແດງຕາມສົກປີງົບປະມານ, ເອີ້ນຕາມປີທີ່ສົກປີນັ້ນສິ້ນສຸດ</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <source>ABND report (*.pdf);;ABND report, editable in Word (*.docx);;ABND report, editable (*.odt)</source>
        <translation>ບົດລາຍງານ ABND (*.pdf);;ບົດລາຍງານ ABND, ແກ້ໄຂໄດ້ໃນ Word (*.docx);;ບົດລາຍງານ ABND, ແກ້ໄຂໄດ້ (*.odt)</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location filename="../../gui/history/panel.py" line="+44"/>
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
        <location line="+46"/>
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
        <source>Re-allocating public expenditure</source>
        <translation>ການຈັດສັນລາຍຈ່າຍຂອງລັດຄືນໃໝ່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Increasing tax revenue</source>
        <translation>ການເພີ່ມລາຍຮັບຈາກອາກອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social security coverage and contributions</source>
        <translation>ການຂະຫຍາຍປະກັນສັງຄົມ ແລະ ເງິນສົມທົບ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aid and transfers</source>
        <translation>ການຊ່ວຍເຫຼືອ ແລະ ເງິນໂອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eliminating illicit financial flows</source>
        <translatorcomment>ກະແສການເງິນທີ່ຜິດກົດໝາຍ (illicit financial flows): proposed; native review.</translatorcomment>
        <translation>ການກຳຈັດກະແສການເງິນທີ່ຜິດກົດໝາຍ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fiscal and foreign exchange reserves</source>
        <translation>ເງິນສຳຮອງງົບປະມານ ແລະ ເງິນຕາຕ່າງປະເທດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borrowing or restructuring debt</source>
        <translation>ການກູ້ຢືມ ຫຼື ການປັບໂຄງສ້າງໜີ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A more accommodating macroeconomic framework</source>
        <translatorcomment>ກອບເສດຖະກິດມະຫາພາກທີ່ຜ່ອນຄາຍກວ່າ (a more accommodating macroeconomic framework): proposed; native review.</translatorcomment>
        <translation>ກອບເສດຖະກິດມະຫາພາກທີ່ຜ່ອນຄາຍກວ່າ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation>ອື່ນໆ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>% of GDP</source>
        <translation>% ຕໍ່ GDP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of government revenue</source>
        <translation>% ຂອງລາຍຮັບຂອງລັດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{currency} a year</source>
        <translation>{currency} ຕໍ່ປີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contributions of a scheme&apos;s members (computed)</source>
        <translation>ເງິນສົມທົບຂອງສະມາຊິກລະບອບ (ຄິດໄລ່)</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../../gui/shell/main_window.py" line="+92"/>
        <source>History</source>
        <translation>ປະຫວັດການແກ້ໄຂ</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+68"/>
        <source>Cannot open the project</source>
        <translation>ບໍ່ສາມາດເປີດໂປຣເຈັກໄດ້</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Opened read-only</source>
        <translation>ເປີດແບບອ່ານຢ່າງດຽວ</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The project cannot be edited here</source>
        <translation>ບໍ່ສາມາດແກ້ໄຂໂປຣເຈັກນີ້ຢູ່ບ່ອນນີ້ໄດ້</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open it read-only to look at it, print it and export it; nothing can change.</source>
        <translation>ເປີດແບບອ່ານຢ່າງດຽວ ເພື່ອເບິ່ງ, ພິມ ແລະ ສົ່ງອອກ; ຈະບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open read-only</source>
        <translation>ເປີດແບບອ່ານຢ່າງດຽວ</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+294"/>
        <source>Assessment matrix</source>
        <translatorcomment>Native review: ຕາຕະລາງການປະເມີນ is proposed (glossary: assessment matrix), composed (ຕາຕະລາງ + ການປະເມີນ) instead of the loanword ມາຕຣິກ.</translatorcomment>
        <translation>ຕາຕະລາງການປະເມີນ</translation>
    </message>
    <message>
        <location line="-291"/>
        <location line="+292"/>
        <source>Country data</source>
        <translation>ຂໍ້ມູນປະເທດ</translation>
    </message>
    <message>
        <location line="-291"/>
        <location line="+292"/>
        <source>Scenarios</source>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>ສະຖານະການສົມມຸດ</translation>
    </message>
    <message>
        <location line="-286"/>
        <location line="+287"/>
        <source>Results</source>
        <translation>ຜົນໄດ້ຮັບ</translation>
    </message>
    <message>
        <location line="-271"/>
        <location line="+1"/>
        <source>Recalculating...</source>
        <translation>ກຳລັງຄິດໄລ່ຄືນ…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The country data lack {count} item(s) the scenarios need: see the checks</source>
        <translation>ຂໍ້ມູນປະເທດຍັງຂາດ {count} ລາຍການ ທີ່ສະຖານະການສົມມຸດຕ້ອງການ: ເບິ່ງການກວດສອບ</translation>
    </message>
    <message>
        <location line="+68"/>
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
        <location line="+4"/>
        <source>Save the import &amp;template...</source>
        <translation>ບັນທຶກແມ່ແບບການນຳເຂົ້າ (&amp;T)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>ສົ່ງອອກ (&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Report (PDF, Word or ODT)...</source>
        <translation>ລາຍງານ (PDF, Word ຫຼື ODT) (&amp;R)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Print...</source>
        <translation>ພິມ (&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+125"/>
        <source>Undo</source>
        <translation>ຍ້ອນຄືນ</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+125"/>
        <source>Redo</source>
        <translation>ເຮັດຄືນ</translation>
    </message>
    <message>
        <location line="-121"/>
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
        <location line="+53"/>
        <source>Nothing was changed</source>
        <translation>ບໍ່ມີການປ່ຽນແປງ</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location filename="../../gui/matrix/model.py" line="+65"/>
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
        <location line="+89"/>
        <location line="+230"/>
        <source>yes</source>
        <translation>ແມ່ນ</translation>
    </message>
    <message>
        <location line="-228"/>
        <location line="+236"/>
        <source>no</source>
        <translation>ບໍ່</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Click to open the scenario.</source>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>ຄລິກເພື່ອເປີດສະຖານະການສົມມຸດ.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Edit {column}</source>
        <translation>ແກ້ໄຂຖັນ {column}</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Paste</source>
        <translation>ວາງ</translation>
    </message>
    <message>
        <location line="+79"/>
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
        <location filename="../../gui/matrix/tab.py" line="+240"/>
        <source>&lt;b&gt;The assessment matrix is empty.&lt;/b&gt; Add a row for each existing scheme, policy gap, implementation issue and recommendation, by guarantee (Add row), or paste rows from a spreadsheet (Ctrl+V): one column per heading below.</source>
        <translatorcomment>&apos;spreadsheet&apos; rendered ສະໝຸດວຽກ (workbook) as elsewhere in the app, with &apos;e.g. Excel&apos; added.</translatorcomment>
        <translation>&lt;b&gt;ຕາຕະລາງການປະເມີນຍັງຫວ່າງເປົ່າ.&lt;/b&gt; ເພີ່ມແຖວສຳລັບແຕ່ລະໂຄງການທີ່ມີຢູ່ແລ້ວ, ຊ່ອງຫວ່າງທາງນະໂຍບາຍ, ບັນຫາໃນການຈັດຕັ້ງປະຕິບັດ ແລະ ຂໍ້ສະເໜີແນະ ຕາມການຄໍ້າປະກັນ (ເພີ່ມແຖວ), ຫຼື ວາງແຖວຈາກສະໝຸດວຽກ ເຊັ່ນ Excel (Ctrl+V): ໜຶ່ງຖັນຕໍ່ໜຶ່ງຫົວຂໍ້ຂ້າງລຸ່ມນີ້.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+138"/>
        <source>Add row</source>
        <translation>ເພີ່ມແຖວ</translation>
    </message>
    <message>
        <location line="-137"/>
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
        <location line="+14"/>
        <source>Guarantee:</source>
        <translation>ການຄໍ້າປະກັນ:</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Show the rows of one guarantee only</source>
        <translation>ສະແດງສະເພາະແຖວຂອງການຄໍ້າປະກັນດຽວ</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+2"/>
        <source>Show the rows whose text holds these words</source>
        <translation>ສະແດງແຖວທີ່ມີຄຳເຫຼົ່ານີ້ຢູ່ໃນຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Costs in:</source>
        <translatorcomment>Native review: ຄ່າໃຊ້ຈ່າຍ is proposed (glossary: cost), the usual word, but no page using it was recorded.</translatorcomment>
        <translation>ຄ່າໃຊ້ຈ່າຍໃນປີ:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The year whose cost the matrix shows</source>
        <translatorcomment>Native review: ຕາຕະລາງການປະເມີນ is proposed (glossary: assessment matrix), composed (ຕາຕະລາງ + ການປະເມີນ) instead of the loanword ມາຕຣິກ.
Native review: ຄ່າໃຊ້ຈ່າຍ is proposed (glossary: cost), the usual word, but no page using it was recorded.</translatorcomment>
        <translation>ປີທີ່ຕາຕະລາງການປະເມີນສະແດງຄ່າໃຊ້ຈ່າຍ</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Assessment matrix: {name}</source>
        <translation>ຕາຕະລາງການປະເມີນ: {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>ລຶບ %n ແຖວ</numerusform>
            <numerusform>ລຶບ %n ແຖວ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) deleted.</source>
        <translation>
            <numerusform>ລຶບ %n ແຖວແລ້ວ.</numerusform>
            <numerusform>ລຶບ %n ແຖວແລ້ວ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
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
    <name>MessageBar</name>
    <message>
        <location filename="../../gui/shell/message_bar.py" line="+63"/>
        <source>Undo</source>
        <translation>ຍ້ອນຄືນ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Show {field}</source>
        <translation>ສະແດງ {field}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../gui/common/messages.py" line="+39"/>
        <source>{place}: {message}</source>
        <translation>{place}: {message}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>ຄຳເຕືອນ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{level}: {place}: {message}</source>
        <translation>{level}: {place}: {message}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{level}: {message}</source>
        <translation>{level}: {message}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Show {field}</source>
        <translation>ສະແດງ {field}</translation>
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
        <location filename="../../gui/scenarios/packages_editor.py" line="+38"/>
        <source>The package to edit: a set of scenarios costed together</source>
        <translation>ຊຸດສິດທິປະໂຫຍດທີ່ຈະແກ້ໄຂ: ກຸ່ມສະຖານະການສົມມຸດທີ່ຄິດໄລ່ຄ່າໃຊ້ຈ່າຍຮ່ວມກັນ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package&apos;s name in charts, tables and the report</source>
        <translation>ຊື່ຂອງຊຸດສິດທິປະໂຫຍດ ໃນເສັ້ນສະແດງ, ຕາຕະລາງ ແລະ ບົດລາຍງານ</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+149"/>
        <location line="+2"/>
        <source>New package</source>
        <translatorcomment>Native review: ຊຸດສິດທິປະໂຫຍດ is proposed (glossary: package (of benefits)), composed (ຊຸດ + ສິດທິປະໂຫຍດ), no Lao source.</translatorcomment>
        <translation>ຊຸດສິດທິປະໂຫຍດໃໝ່</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Delete package</source>
        <translatorcomment>Native review: ຊຸດສິດທິປະໂຫຍດ is proposed (glossary: package (of benefits)), composed (ຊຸດ + ສິດທິປະໂຫຍດ), no Lao source.</translatorcomment>
        <translation>ລຶບຊຸດສິດທິປະໂຫຍດ</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+97"/>
        <source>Its sources give {financing}: a gap of {gap} of GDP.</source>
        <translation>ແຫຼ່ງທຶນຂອງມັນໃຫ້ {financing}: ຂາດ {gap} ຕໍ່ GDP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its sources give {financing}: a surplus of {gap} of GDP.</source>
        <translation>ແຫຼ່ງທຶນຂອງມັນໃຫ້ {financing}: ເກີນ {gap} ຕໍ່ GDP.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Scenarios in it</source>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>ສະຖານະການສົມມຸດທີ່ຢູ່ໃນຊຸດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financed by</source>
        <translation>ສະໜອງທຶນໂດຍ</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>In {year} the package costs {pct} of GDP.</source>
        <translatorcomment>Native review: ຊຸດສິດທິປະໂຫຍດ is proposed (glossary: package (of benefits)), composed (ຊຸດ + ສິດທິປະໂຫຍດ), no Lao source.
Native review: ຄ່າໃຊ້ຈ່າຍ is proposed (glossary: cost), the usual word, but no page using it was recorded.</translatorcomment>
        <translation>ໃນປີ {year} ຊຸດສິດທິປະໂຫຍດນີ້ມີຄ່າໃຊ້ຈ່າຍ {pct} ຕໍ່ GDP.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Edit package</source>
        <translatorcomment>Native review: ຊຸດສິດທິປະໂຫຍດ is proposed (glossary: package (of benefits)), composed (ຊຸດ + ສິດທິປະໂຫຍດ), no Lao source.</translatorcomment>
        <translation>ແກ້ໄຂຊຸດສິດທິປະໂຫຍດ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete {name}</source>
        <translation>ລຶບ {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package &quot;{name}&quot; deleted.</source>
        <translation>ລຶບຊຸດສິດທິປະໂຫຍດ “{name}” ແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>ParagraphDelegate</name>
    <message>
        <location filename="../../gui/matrix/tab.py" line="-365"/>
        <source>Tick the scenarios that cost this recommendation</source>
        <translatorcomment>Native review: &apos;tick&apos; (a check box) rendered ໝາຍເລືອກ.</translatorcomment>
        <translation>ໝາຍເລືອກສະຖານະການສົມມຸດທີ່ຄິດໄລ່ຄ່າໃຊ້ຈ່າຍຂອງຂໍ້ສະເໜີແນະນີ້</translation>
    </message>
</context>
<context>
    <name>ProjectDocument</name>
    <message>
        <location filename="../../gui/document/project_document.py" line="+157"/>
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
        <location filename="../../gui/shell/main_window.py" line="-17"/>
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
        <location filename="../../gui/shell/language.py" line="+53"/>
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
        <location filename="../../gui/results/uncertainty_panel.py" line="+110"/>
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
        <location filename="../../engine/report/guarantees.py" line="+30"/>
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
        <location filename="../../engine/report/compose.py" line="+102"/>
        <source>Annex {letter}</source>
        <translation>ເອກະສານຊ້ອນທ້າຍ {letter}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Assessment Based National Dialogue on the Social Protection Floor</source>
        <translatorcomment>Native review: ການປຶກສາຫາລືລະດັບຊາດ ໂດຍອີງໃສ່ການປະເມີນ is proposed (glossary: Assessment Based National Dialogue (ABND)), no Lao rendering found; the acronym ABND is kept beside it.</translatorcomment>
        <translation>ການປຶກສາຫາລືລະດັບຊາດ ໂດຍອີງໃສ່ການປະເມີນ (ABND) ກ່ຽວກັບການປົກປ້ອງສັງຄົມຂັ້ນພື້ນຖານ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version {version}</source>
        <translation>ສະບັບ {version}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../engine/report/consultation.py" line="+24"/>
        <source>{day} {month} {year}</source>
        <translation>ວັນທີ {day} {month} {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prepared with ABND Studio {version}; costs in {currency}, {base}-{end}</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ກະກຽມດ້ວຍ ABND Studio {version}; ຄ່າໃຊ້ຈ່າຍເປັນ {currency}, {base}-{end}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../engine/report/options.py" line="-50"/>
        <source>Contents</source>
        <translation>ສາລະບານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page} of {pages}</source>
        <translation>ໜ້າ {page} / {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table {number}.</source>
        <translation>ຕາຕະລາງ {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure {number}.</source>
        <translation>ຮູບ {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{country}: {title}</source>
        <translation>{country}: {title}</translation>
    </message>
    <message>
        <location filename="../../engine/report/guarantees.py" line="+7"/>
        <source>Essential health care</source>
        <translation>ການປິ່ນປົວສຸຂະພາບທີ່ຈຳເປັນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income security for children</source>
        <translation>ຄວາມໝັ້ນຄົງດ້ານລາຍຮັບສຳລັບເດັກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income security for persons of working age</source>
        <translation>ຄວາມໝັ້ນຄົງດ້ານລາຍຮັບສຳລັບຜູ້ຢູ່ໃນໄວອອກແຮງງານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income security for older persons</source>
        <translation>ຄວາມໝັ້ນຄົງດ້ານລາຍຮັບສຳລັບຜູ້ສູງອາຍຸ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Costed: {names}</source>
        <translation>ຄິດໄລ່ຄ່າໃຊ້ຈ່າຍແລ້ວ: {names}</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+2"/>
        <source>Implementation issue</source>
        <translation>ບັນຫາໃນການຈັດຕັ້ງປະຕິບັດ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommendation</source>
        <translatorcomment>Native review: ຂໍ້ສະເໜີແນະ is proposed (glossary: recommendations (matrix column)), usual report word, not seen on a page; ຂໍ້ແນະນໍາ is kept for the ILO Recommendation.</translatorcomment>
        <translation>ຂໍ້ສະເໜີແນະ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>ບູລິມະສິດ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agencies</source>
        <translatorcomment>Native review: ພາກສ່ວນຮັບຜິດຊອບ is not in the glossary (agencies (matrix column)), composed on ພາກສ່ວນກ່ຽວຂ້ອງ (glossary: stakeholders).</translatorcomment>
        <translation>ພາກສ່ວນຮັບຜິດຊອບ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Assessment: provisions, gaps and recommendations</source>
        <translation>ການປະເມີນ: ມາດຕະການ, ຊ່ອງຫວ່າງ ແລະ ຂໍ້ສະເໜີແນະ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The assessment matrix holds {rows} for this guarantee.</source>
        <translation>ຕາຕະລາງການປະເມີນມີ {rows} ສຳລັບການຄໍ້າປະກັນນີ້.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The assessment matrix has no row for this guarantee yet.</source>
        <translation>ຕາຕະລາງການປະເມີນຍັງບໍ່ມີແຖວສຳລັບການຄໍ້າປະກັນນີ້.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenarios costed for it: {count}.</source>
        <translation>ສະຖານະການສົມມຸດທີ່ຄິດໄລ່ຄ່າໃຊ້ຈ່າຍ: {count}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assessment matrix: {guarantee}</source>
        <translation>ຕາຕະລາງການປະເມີນ: {guarantee}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This scenario could not be costed: {reason}</source>
        <translation>ບໍ່ສາມາດຄິດໄລ່ຄ່າໃຊ້ຈ່າຍຂອງສະຖານະການສົມມຸດນີ້ໄດ້: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rationale: {text}</source>
        <translation>ເຫດຜົນ: {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources and notes: {text}</source>
        <translation>ແຫຼ່ງຂໍ້ມູນ ແລະ ໝາຍເຫດ: {text}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Benefit a year per beneficiary ({unit})</source>
        <translation>ເງິນອຸດໜູນຕໍ່ປີຕໍ່ຜູ້ໄດ້ຮັບ ({unit})</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../engine/report/packages.py" line="+165"/>
        <location filename="../../engine/report/summary.py" line="+79"/>
        <source>Cost ({unit})</source>
        <translation>ຄ່າໃຊ້ຈ່າຍ ({unit})</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../engine/report/packages.py" line="+5"/>
        <location filename="../../engine/report/summary.py" line="-1"/>
        <source>% of government expenditure</source>
        <translation>% ຂອງລາຍຈ່າຍຂອງລັດ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name}: cost year by year</source>
        <translation>{name}: ຄ່າໃຊ້ຈ່າຍແຕ່ລະປີ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} ({unit})</source>
        <translation>{label} ({unit})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name}: cost in % of GDP</source>
        <translation>{name}: ຄ່າໃຊ້ຈ່າຍເປັນ % ຕໍ່ GDP</translation>
    </message>
    <message>
        <location filename="../../engine/report/annexes.py" line="+30"/>
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
        <location line="+2"/>
        <source>Nominal GDP ({unit})</source>
        <translation>GDP ຕາມລາຄາປັດຈຸບັນ ({unit})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Population</source>
        <translation>ພົນລະເມືອງ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Poverty line ({currency} a month)</source>
        <translation>ເສັ້ນຄວາມທຸກຍາກ ({currency} ຕໍ່ເດືອນ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum wage ({currency} a month)</source>
        <translation>ຄ່າແຮງງານຂັ້ນຕ່ຳ ({currency} ຕໍ່ເດືອນ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average wage ({currency} a month)</source>
        <translation>ຄ່າຈ້າງສະເລ່ຍ ({currency} ຕໍ່ເດືອນ)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The economy and population, calendar year by year</source>
        <translation>ເສດຖະກິດ ແລະ ພົນລະເມືອງ ແຕ່ລະປີປະຕິທິນ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The costs rest on these assumptions. Growth rates apply from the year after the base year; nominal GDP follows real growth and the GDP deflator.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ຄ່າໃຊ້ຈ່າຍອີງໃສ່ຂໍ້ສົມມຸດຖານເຫຼົ່ານີ້. ອັດຕາການຂະຫຍາຍຕົວນຳໃຊ້ຕັ້ງແຕ່ປີຖັດຈາກປີພື້ນຖານ; GDP ຕາມລາຄາປັດຈຸບັນປ່ຽນແປງຕາມການຂະຫຍາຍຕົວຕົວຈິງ ແລະ ຕົວປັບລາຄາ GDP.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field}: {note}</source>
        <translation>{field}: {note}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sources of the data and assumptions</source>
        <translation>ແຫຼ່ງຂອງຂໍ້ມູນ ແລະ ຂໍ້ສົມມຸດຖານ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assumptions and sources</source>
        <translation>ຂໍ້ສົມມຸດຖານ ແລະ ແຫຼ່ງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The costs follow the ILO Rapid Assessment Protocol (RAP), used in the Assessment Based National Dialogues of Thailand, Indonesia, Viet Nam, Cambodia, Myanmar and Lao PDR. They are rapid estimates to start a national dialogue, not an actuarial valuation.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ຄ່າໃຊ້ຈ່າຍຄິດໄລ່ຕາມແບບວິທີການປະເມີນແບບຮີບດ່ວນ (RAP) ຂອງອົງການແຮງງານສາກົນ, ເຊິ່ງໄດ້ນຳໃຊ້ໃນການປຶກສາຫາລືລະດັບຊາດ ໂດຍອີງໃສ່ການປະເມີນ ຂອງ ໄທ, ອິນໂດເນເຊຍ, ຫວຽດນາມ, ກຳປູເຈຍ, ມຽນມາ ແລະ ສປປ ລາວ. ນີ້ແມ່ນການຄາດຄະເນແບບຮີບດ່ວນເພື່ອເລີ່ມການປຶກສາຫາລືລະດັບຊາດ, ບໍ່ແມ່ນການປະເມີນທາງຄະນິດສາດປະກັນໄພ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Country data. The population by single age (0 to 100) and sex for every year: five-year age groups are split with the Sprague multipliers and the years between known years are interpolated. Nominal GDP grows with real growth and the GDP deflator. Price and wage indices are 1 in the base year; the benefit anchors (poverty line, minimum wage, average wage) are base-year values carried by their index.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ຂໍ້ມູນປະເທດ. ພົນລະເມືອງຕາມອາຍຸແຕ່ລະປີ (0 ຫາ 100) ແລະ ເພດ ສຳລັບທຸກປີ: ກຸ່ມອາຍຸ 5 ປີ ຖືກແບ່ງດ້ວຍຕົວຄູນ Sprague ແລະ ປີທີ່ຢູ່ລະຫວ່າງປີທີ່ຮູ້ຂໍ້ມູນ ຖືກຄິດໄລ່ແບບສອດແຊກ. GDP ຕາມລາຄາປັດຈຸບັນຂະຫຍາຍຕົວຕາມການຂະຫຍາຍຕົວຕົວຈິງ ແລະ ຕົວປັບລາຄາ GDP. ດັດຊະນີລາຄາ ແລະ ຄ່າຈ້າງເທົ່າກັບ 1 ໃນປີພື້ນຖານ; ຄ່າອ້າງອີງຂອງເງິນອຸດໜູນ (ເສັ້ນຄວາມທຸກຍາກ, ຄ່າແຮງງານຂັ້ນຕ່ຳ, ຄ່າຈ້າງສະເລ່ຍ) ແມ່ນຄ່າຂອງປີພື້ນຖານທີ່ປັບຕາມດັດຊະນີຂອງມັນ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The cost of a scenario, each year. Eligible persons N: the population of the scenario&apos;s ages and sex (or the unemployed, the informal workers, the births, or a given number), times its targeting (target share, prevalence, the share already covered). Take-up TU: the share of eligible persons who receive it. Annual amount A: the monthly benefit times the months paid, or the cost of care per person, or the wages of public works or of health workers. Benefit outlay BC = TU × N × A; administration AC = α × BC + F; total cost C = BC + AC.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ຄ່າໃຊ້ຈ່າຍຂອງສະຖານະການສົມມຸດ ແຕ່ລະປີ. ຜູ້ມີສິດ N: ພົນລະເມືອງຕາມອາຍຸ ແລະ ເພດຂອງສະຖານະການສົມມຸດ (ຫຼື ຜູ້ວ່າງງານ, ແຮງງານນອກລະບົບ, ການເກີດ, ຫຼື ຈຳນວນທີ່ກຳນົດໃຫ້) ຄູນກັບການກຳນົດເປົ້າໝາຍ (ອັດຕາສ່ວນເປົ້າໝາຍ, ອັດຕາຄວາມພິການ, ອັດຕາສ່ວນທີ່ໄດ້ຮັບການປົກຄຸມແລ້ວ). ການເຂົ້າຮັບສິດ TU: ອັດຕາສ່ວນຂອງຜູ້ມີສິດທີ່ໄດ້ຮັບ. ຈຳນວນເງິນຕໍ່ປີ A: ເງິນອຸດໜູນລາຍເດືອນຄູນກັບຈຳນວນເດືອນທີ່ຈ່າຍ, ຫຼື ຄ່າປິ່ນປົວຕໍ່ຄົນ, ຫຼື ຄ່າຈ້າງຂອງວຽກງານສາທາລະນະ ຫຼື ຂອງພະນັກງານສາທາລະນະສຸກ. ລາຍຈ່າຍເງິນອຸດໜູນ BC = TU × N × A; ການບໍລິຫານ AC = α × BC + F; ຄ່າໃຊ້ຈ່າຍທັງໝົດ C = BC + AC.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cost in % of GDP = 100 × C / nominal GDP; in % of government expenditure = 100 × C / (expenditure share × nominal GDP). Packages add the costs of their scenarios (not their beneficiaries: one person may receive several benefits).</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ຄ່າໃຊ້ຈ່າຍເປັນ % ຕໍ່ GDP = 100 × C / GDP ຕາມລາຄາປັດຈຸບັນ; ເປັນ % ຂອງລາຍຈ່າຍຂອງລັດ = 100 × C / (ອັດຕາສ່ວນລາຍຈ່າຍ × GDP ຕາມລາຄາປັດຈຸບັນ). ຊຸດສິດທິປະໂຫຍດລວມຄ່າໃຊ້ຈ່າຍຂອງສະຖານະການສົມມຸດ (ບໍ່ລວມຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ: ຄົນໜຶ່ງອາດໄດ້ຮັບຫຼາຍເງິນອຸດໜູນ).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every input carries a source note in the project, and values that are assumptions say so. The RAP workbook exported from the same project holds the same calculation as live formulas, for a reader who wants to check or change it.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ຂໍ້ມູນນຳເຂົ້າທຸກອັນມີໝາຍເຫດແຫຼ່ງທີ່ມາໃນໂປຣເຈັກ, ແລະ ຄ່າທີ່ເປັນຂໍ້ສົມມຸດຖານກໍ່ບອກໄວ້. ປຶ້ມວຽກ RAP ທີ່ສົ່ງອອກຈາກໂປຣເຈັກດຽວກັນ ມີການຄິດໄລ່ດຽວກັນເປັນສູດທີ່ເຮັດວຽກໄດ້, ສຳລັບຜູ້ອ່ານທີ່ຕ້ອງການກວດສອບ ຫຼື ປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The method in brief</source>
        <translation>ວິທີການໂດຍຫຍໍ້</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is not costed: {reason}</source>
        <translation>{name} ບໍ່ໄດ້ຄິດໄລ່ຄ່າໃຊ້ຈ່າຍ: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The costing engine gave no warning.</source>
        <translation>ລະບົບຄິດໄລ່ຄ່າໃຊ້ຈ່າຍບໍ່ມີຄຳເຕືອນ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ABND</source>
        <translation>ABND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment Based National Dialogue: government, workers, employers and civil society assess social protection against the floor, recommend how to close the gaps, and cost the recommendations.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ການປຶກສາຫາລືລະດັບຊາດ ໂດຍອີງໃສ່ການປະເມີນ: ລັດຖະບານ, ຜູ້ອອກແຮງງານ, ນາຍຈ້າງ ແລະ ສັງຄົມພົນລະເຮືອນ ປະເມີນການປົກປ້ອງສັງຄົມທຽບກັບຂັ້ນພື້ນຖານ, ສະເໜີວິທີປິດຊ່ອງຫວ່າງ ແລະ ຄິດໄລ່ຄ່າໃຊ້ຈ່າຍຂອງຂໍ້ສະເໜີແນະ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Social protection floor</source>
        <translation>ການປົກປ້ອງສັງຄົມຂັ້ນພື້ນຖານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The four basic social security guarantees of ILO Recommendation No. 202: essential health care, and income security for children, for persons of working age and for older persons.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ການຄໍ້າປະກັນຂັ້ນພື້ນຖານດ້ານປະກັນສັງຄົມ 4 ຢ່າງ ຕາມຂໍ້ແນະນຳເລກທີ 202 ຂອງອົງການແຮງງານສາກົນ: ການປິ່ນປົວສຸຂະພາບທີ່ຈຳເປັນ, ແລະ ຄວາມໝັ້ນຄົງດ້ານລາຍຮັບສຳລັບເດັກ, ຜູ້ຢູ່ໃນໄວອອກແຮງງານ ແລະ ຜູ້ສູງອາຍຸ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>RAP</source>
        <translation>RAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapid Assessment Protocol: the ILO&apos;s method to cost social protection scenarios over a projection.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ແບບວິທີການປະເມີນແບບຮີບດ່ວນ: ວິທີການຂອງອົງການແຮງງານສາກົນ ເພື່ອຄິດໄລ່ຄ່າໃຊ້ຈ່າຍຂອງສະຖານະການສົມມຸດດ້ານການປົກປ້ອງສັງຄົມຕະຫຼອດໄລຍະການຄາດຄະເນ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scenario</source>
        <translation>ສະຖານະການສົມມຸດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One benefit or service, existing or proposed, as costed.</source>
        <translation>ເງິນອຸດໜູນ ຫຼື ການບໍລິການໜຶ່ງ, ທີ່ມີຢູ່ແລ້ວ ຫຼື ທີ່ສະເໜີ, ຕາມທີ່ຄິດໄລ່ຄ່າໃຊ້ຈ່າຍ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../engine/report/packages.py" line="-125"/>
        <location filename="../../engine/report/summary.py" line="-5"/>
        <source>Package</source>
        <translation>ຊຸດສິດທິປະໂຫຍດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A set of scenarios costed together.</source>
        <translation>ຊຸດຂອງສະຖານະການສົມມຸດທີ່ຄິດໄລ່ຄ່າໃຊ້ຈ່າຍນຳກັນ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take-up</source>
        <translation>ການເຂົ້າຮັບສິດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of the eligible persons who receive the benefit.</source>
        <translation>ອັດຕາສ່ວນຂອງຜູ້ມີສິດທີ່ໄດ້ຮັບເງິນອຸດໜູນ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anchor</source>
        <translation>ຄ່າອ້າງອີງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount a benefit is a percentage of: the poverty line, the minimum or average wage, or GDP per person.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ຈຳນວນທີ່ເງິນອຸດໜູນເປັນສ່ວນຮ້ອຍຂອງມັນ: ເສັ້ນຄວາມທຸກຍາກ, ຄ່າແຮງງານຂັ້ນຕ່ຳ ຫຼື ຄ່າຈ້າງສະເລ່ຍ, ຫຼື GDP ຕໍ່ຫົວຄົນ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indexation</source>
        <translation>ການປັບຕາມດັດຊະນີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How a fixed benefit follows prices, wages or GDP per person after the base year.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ວິທີທີ່ເງິນອຸດໜູນແບບຄົງທີ່ປັບຕາມລາຄາ, ຄ່າຈ້າງ ຫຼື GDP ຕໍ່ຫົວຄົນ ຫຼັງປີພື້ນຖານ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The resources, in % of GDP, that the government could give a package.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ຊັບພະຍາກອນ, ເປັນ % ຕໍ່ GDP, ທີ່ລັດຖະບານສາມາດສະໜອງໃຫ້ຊຸດສິດທິປະໂຫຍດ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GDP deflator</source>
        <translation>ຕົວປັບລາຄາ GDP (deflator)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The price index of GDP: nominal GDP over real GDP.</source>
        <translation>ດັດຊະນີລາຄາຂອງ GDP: GDP ຕາມລາຄາປັດຈຸບັນ ຫານໃຫ້ GDP ຕົວຈິງ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base year</source>
        <translation>ປີພື້ນຖານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first year of the projection, in whose prices fixed amounts are given.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ປີທຳອິດຂອງການຄາດຄະເນ, ເຊິ່ງຈຳນວນເງິນຄົງທີ່ໃຫ້ໄວ້ຕາມລາຄາຂອງປີນັ້ນ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tornado</source>
        <translation>ແຜນພາບ Tornado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A chart of the cost when each assumption alone is set to its low and high value, the largest effect on top.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ເສັ້ນສະແດງຄ່າໃຊ້ຈ່າຍ ເມື່ອຂໍ້ສົມມຸດຖານແຕ່ລະອັນຖືກຕັ້ງເປັນຄ່າຕ່ຳ ແລະ ຄ່າສູງ ຜູ້ດຽວ, ຜົນກະທົບໃຫຍ່ທີ່ສຸດຢູ່ເທິງ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../engine/report/sensitivity.py" line="+127"/>
        <source>Percentile</source>
        <translation>ເປີເຊັນໄທລ໌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p5 is the cost that 5 % of the draws stay below; p50 is the median.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>p5 ແມ່ນຄ່າໃຊ້ຈ່າຍທີ່ 5 % ຂອງການສຸ່ມຢູ່ຕ່ຳກວ່າ; p50 ແມ່ນຄ່າກາງ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Term</source>
        <translation>ຄຳສັບ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaning</source>
        <translation>ຄວາມໝາຍ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Glossary</source>
        <translation>ຄຳອະທິບາຍສັບ</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>Government expenditure (% of GDP)</source>
        <translation>ລາຍຈ່າຍຂອງລັດ (% ຕໍ່ GDP)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../engine/report/guarantees.py" line="-48"/>
        <location filename="../../engine/report/packages.py" line="+140"/>
        <location filename="../../engine/report/summary.py" line="+1"/>
        <source>Year</source>
        <translation>ປີ</translation>
    </message>
    <message>
        <location filename="../../engine/report/guarantees.py" line="+1"/>
        <source>Beneficiaries</source>
        <translatorcomment>Native review: ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ is proposed (glossary: beneficiaries), composed; LSSO writes ຜູ້ເກີດສິດ or ຜູ້ຮັບເງິນອຸດໜູນ, pick one.</translatorcomment>
        <translation>ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ</translation>
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
        <translation>% ຕໍ່ GDP</translation>
    </message>
    <message>
        <location filename="../../engine/report/annexes.py" line="+35"/>
        <source>Results are per fiscal year, from {start} to {end}, each named by the calendar year in which it ends ({first} to {last}). Costs, GDP and government expenditure of a fiscal year are the month-weighted blend of the two calendar years it spans ({late} of the first and {early} of the second); beneficiaries are taken at the fiscal year&apos;s mid-point.</source>
        <translatorcomment>Native review: ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ is proposed (glossary: beneficiaries).</translatorcomment>
        <translation>ຜົນໄດ້ຮັບແມ່ນຕາມສົກປີງົບປະມານ, ແຕ່ເດືອນ{start} ຫາ ເດືອນ{end}, ແຕ່ລະສົກປີເອີ້ນຕາມປີປະຕິທິນທີ່ມັນສິ້ນສຸດ ({first} ຫາ {last}). ຄ່າໃຊ້ຈ່າຍ, GDP ແລະ ລາຍຈ່າຍລັດຂອງສົກປີໜຶ່ງ ແມ່ນການປະສົມຕາມຈຳນວນເດືອນຂອງສອງປີປະຕິທິນທີ່ມັນກວມເອົາ ({late} ຂອງປີທຳອິດ ແລະ {early} ຂອງປີທີສອງ); ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດຖືເອົາຢູ່ເຄິ່ງກາງຂອງສົກປີ.</translation>
    </message>
    <message>
        <location filename="../../engine/report/scenario_text.py" line="+28"/>
        <source>the poverty line</source>
        <translation>ເສັ້ນຄວາມທຸກຍາກ</translation>
    </message>
    <message>
        <location filename="../../engine/report/financing.py" line="-181"/>
        <source>Re-allocating public expenditure</source>
        <translation>ການຈັດສັນລາຍຈ່າຍຂອງລັດຄືນໃໝ່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Increasing tax revenue</source>
        <translation>ການເພີ່ມລາຍຮັບຈາກອາກອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social security coverage and contributions</source>
        <translation>ການຂະຫຍາຍປະກັນສັງຄົມ ແລະ ເງິນສົມທົບ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aid and transfers</source>
        <translation>ການຊ່ວຍເຫຼືອ ແລະ ເງິນໂອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eliminating illicit financial flows</source>
        <translatorcomment>ກະແສການເງິນທີ່ຜິດກົດໝາຍ (illicit financial flows): proposed; native review.</translatorcomment>
        <translation>ການກຳຈັດກະແສການເງິນທີ່ຜິດກົດໝາຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal and foreign exchange reserves</source>
        <translation>ເງິນສຳຮອງງົບປະມານ ແລະ ເງິນຕາຕ່າງປະເທດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borrowing or restructuring debt</source>
        <translation>ການກູ້ຢືມ ຫຼື ການປັບໂຄງສ້າງໜີ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A more accommodating macroeconomic framework</source>
        <translatorcomment>ກອບເສດຖະກິດມະຫາພາກທີ່ຜ່ອນຄາຍກວ່າ (a more accommodating macroeconomic framework): proposed; native review.</translatorcomment>
        <translation>ກອບເສດຖະກິດມະຫາພາກທີ່ຜ່ອນຄາຍກວ່າ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation>ອື່ນໆ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>% of government revenue</source>
        <translation>% ຂອງລາຍຮັບຂອງລັດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{currency} a year</source>
        <translation>{currency} ຕໍ່ປີ</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../engine/report/scenario_text.py" line="+1"/>
        <source>the minimum wage</source>
        <translation>ຄ່າແຮງງານຂັ້ນຕ່ຳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../engine/report/scenario_text.py" line="+1"/>
        <source>the average wage</source>
        <translation>ຄ່າຈ້າງສະເລ່ຍ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contributions of the members of {scheme}: {rate} % of a wage of {wage} % of {anchor}, every month</source>
        <translation>ເງິນສົມທົບຂອງສະມາຊິກ {scheme}: {rate} % ຂອງຄ່າຈ້າງເທົ່າກັບ {wage} % ຂອງ{anchor}, ທຸກເດືອນ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{unit}: {start} in {start_year}, rising evenly to {target} in {target_year}</source>
        <translation>{unit}: {start} ໃນປີ {start_year}, ເພີ່ມຂຶ້ນເທື່ອລະກ້າວເປັນ {target} ໃນປີ {target_year}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{unit}: {value} every year</source>
        <translation>{unit}: {value} ທຸກປີ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{unit}: {values} (nothing before {year})</source>
        <translation>{unit}: {values} (ບໍ່ມີກ່ອນປີ {year})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The cost of each package is set against the fiscal space the government could find for it: the financing options of the ILO handbook on fiscal space for social protection (re-allocating expenditure, raising taxes, extending contributory social security, aid, and others). The amounts are the project&apos;s assumptions, with their sources and how feasible each option is.</source>
        <translation>ຄ່າໃຊ້ຈ່າຍຂອງແຕ່ລະຊຸດສິດທິປະໂຫຍດ ຖືກທຽບກັບຊ່ອງຫວ່າງທາງງົບປະມານທີ່ລັດຖະບານອາດຊອກຫາໄດ້: ທາງເລືອກໃນການສະໜອງທຶນຕາມຄູ່ມືຂອງອົງການແຮງງານສາກົນ ວ່າດ້ວຍຊ່ອງຫວ່າງທາງງົບປະມານສຳລັບການປົກປ້ອງສັງຄົມ (ການຈັດສັນລາຍຈ່າຍຄືນໃໝ່, ການເພີ່ມອາກອນ, ການຂະຫຍາຍປະກັນສັງຄົມແບບສົມທົບ, ການຊ່ວຍເຫຼືອ ແລະ ອື່ນໆ). ຈຳນວນເງິນແມ່ນຂໍ້ສົມມຸດຖານຂອງໂຄງການ ພ້ອມດ້ວຍແຫຼ່ງທີ່ມາ ແລະ ຄວາມເປັນໄປໄດ້ຂອງແຕ່ລະທາງເລືອກ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No financing source is given yet, so no package is set against one.</source>
        <translation>ຍັງບໍ່ມີແຫຼ່ງສະໜອງທຶນ, ດັ່ງນັ້ນຈຶ່ງບໍ່ມີຊຸດສິດທິປະໂຫຍດໃດຖືກທຽບກັບແຫຼ່ງທຶນ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Packages without a financing source: {names}.</source>
        <translation>ຊຸດສິດທິປະໂຫຍດທີ່ບໍ່ມີແຫຼ່ງສະໜອງທຶນ: {names}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not computed: {reason}</source>
        <translation>ບໍ່ໄດ້ຄິດໄລ່: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Financing source</source>
        <translation>ແຫຼ່ງສະໜອງທຶນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option</source>
        <translation>ທາງເລືອກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>ຈຳນວນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it comes from</source>
        <translation>ແຫຼ່ງທີ່ມາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feasibility</source>
        <translation>ຄວາມເປັນໄປໄດ້</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Its sources cover its cost in every year.</source>
        <translation>ແຫຼ່ງທຶນຂອງມັນກວມເອົາຄ່າໃຊ້ຈ່າຍທຸກປີ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its sources cover its cost every year from {year} on.</source>
        <translation>ແຫຼ່ງທຶນຂອງມັນກວມເອົາຄ່າໃຊ້ຈ່າຍທຸກປີ ຕັ້ງແຕ່ປີ {year} ເປັນຕົ້ນໄປ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its sources do not cover its cost in {year}, the last year projected.</source>
        <translation>ແຫຼ່ງທຶນຂອງມັນບໍ່ກວມເອົາຄ່າໃຊ້ຈ່າຍໃນປີ {year}, ເຊິ່ງເປັນປີສຸດທ້າຍຂອງການຄາດຄະເນ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cost of the package</source>
        <translation>ຄ່າໃຊ້ຈ່າຍຂອງຊຸດສິດທິປະໂຫຍດ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cost</source>
        <translation>ຄ່າໃຊ້ຈ່າຍ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Financing</source>
        <translation>ການສະໜອງທຶນ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gap (cost minus financing)</source>
        <translation>ສ່ວນຂາດ (ຄ່າໃຊ້ຈ່າຍ ລົບ ການສະໜອງທຶນ)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>In {year} the package costs {cost} % of GDP and its sources give {financing} % of GDP: a gap of {gap} % of GDP ({money} {currency}) still to be financed.</source>
        <translation>ໃນປີ {year} ຊຸດສິດທິປະໂຫຍດນີ້ມີຄ່າໃຊ້ຈ່າຍ {cost} % ຕໍ່ GDP ແລະ ແຫຼ່ງທຶນຂອງມັນໃຫ້ {financing} % ຕໍ່ GDP: ຍັງຂາດ {gap} % ຕໍ່ GDP ({money} {currency}) ທີ່ຕ້ອງຊອກຫາທຶນ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In {year} the package costs {cost} % of GDP and its sources give {financing} % of GDP: a surplus of {gap} % of GDP ({money} {currency}).</source>
        <translation>ໃນປີ {year} ຊຸດສິດທິປະໂຫຍດນີ້ມີຄ່າໃຊ້ຈ່າຍ {cost} % ຕໍ່ GDP ແລະ ແຫຼ່ງທຶນຂອງມັນໃຫ້ {financing} % ຕໍ່ GDP: ເກີນ {gap} % ຕໍ່ GDP ({money} {currency}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The contributions its members pay bring {collected} {currency}: net of them, the package costs the state {net} {currency}.</source>
        <translation>ເງິນສົມທົບທີ່ສະມາຊິກຈ່າຍ ນຳມາ {collected} {currency}: ຫຼັງຫັກເງິນສົມທົບແລ້ວ, ຊຸດສິດທິປະໂຫຍດນີ້ມີຄ່າໃຊ້ຈ່າຍຕໍ່ລັດ {net} {currency}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{label} ({low} to {high})</source>
        <translation>{label} ({low} ເຖິງ {high})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What moves the gap in {year} most (% of GDP, each assumption alone at its low and high value): {named}.</source>
        <translation>ປັດໄຈທີ່ເຮັດໃຫ້ສ່ວນຂາດໃນປີ {year} ປ່ຽນແປງຫຼາຍທີ່ສຸດ (% ຕໍ່ GDP, ແຕ່ລະຂໍ້ສົມມຸດຖານຢູ່ຄ່າຕ່ຳ ແລະ ຄ່າສູງຂອງມັນ): {named}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Over {draws} draws of the assumptions and of each source&apos;s range, the gap in {year} lies between {low} and {high} % of GDP nine times in ten.</source>
        <translation>ຈາກການສຸ່ມ {draws} ຄັ້ງ ຂອງຂໍ້ສົມມຸດຖານ ແລະ ຂອບເຂດຂອງແຕ່ລະແຫຼ່ງທຶນ, ສ່ວນຂາດໃນປີ {year} ຢູ່ລະຫວ່າງ {low} ແລະ {high} % ຕໍ່ GDP ເກົ້າເທື່ອໃນສິບ.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../engine/report/options.py" line="+4"/>
        <source>Financing the packages</source>
        <translation>ການສະໜອງທຶນໃຫ້ຊຸດສິດທິປະໂຫຍດ</translation>
    </message>
    <message>
        <location filename="../../engine/report/scenario_text.py" line="+1"/>
        <source>GDP per person</source>
        <translation>GDP ຕໍ່ຫົວຄົນ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not indexed (it keeps its nominal value)</source>
        <translation>ບໍ່ປັບຕາມດັດຊະນີ (ຮັກສາມູນຄ່າຕາມໜ້າ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indexed to consumer prices</source>
        <translation>ປັບຕາມລາຄາຜູ້ບໍລິໂພກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indexed to wages</source>
        <translation>ປັບຕາມຄ່າຈ້າງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indexed to GDP per person</source>
        <translation>ປັບຕາມ GDP ຕໍ່ຫົວຄົນ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{low} and over</source>
        <translation>{low} ປີຂຶ້ນໄປ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../engine/report/sensitivity.py" line="-33"/>
        <source>{low} to {high}</source>
        <translation>{low} ຫາ {high} ປີ</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>An existing scheme, costed as it stands.</source>
        <translation>ໂຄງການທີ່ມີຢູ່ແລ້ວ, ຄິດໄລ່ຄ່າໃຊ້ຈ່າຍຕາມສະພາບປັດຈຸບັນ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proposed scheme.</source>
        <translation>ໂຄງການທີ່ສະເໜີ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It pays mothers at each birth.</source>
        <translation>ຈ່າຍໃຫ້ແມ່ ທຸກຄັ້ງທີ່ເກີດລູກ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project gives the number of people eligible: {count} in {year}.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ໂປຣເຈັກກຳນົດຈຳນວນຜູ້ມີສິດ: {count} ໃນປີ {year}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>It covers the whole population.</source>
        <translation>ປົກຄຸມພົນລະເມືອງທັງໝົດ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is for people of every age.</source>
        <translation>ສຳລັບຄົນທຸກອາຍຸ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is for unemployed people aged {ages}.</source>
        <translation>ສຳລັບຜູ້ວ່າງງານ ອາຍຸ {ages}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is for informal workers aged {ages}.</source>
        <translation>ສຳລັບແຮງງານນອກລະບົບ ອາຍຸ {ages}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It offers work to people aged {ages}.</source>
        <translation>ສະໜອງວຽກໃຫ້ຄົນ ອາຍຸ {ages}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It covers people aged {ages}.</source>
        <translation>ປົກຄຸມຄົນ ອາຍຸ {ages}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is for people with a disability aged {ages}.</source>
        <translation>ສຳລັບຄົນພິການ ອາຍຸ {ages}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is for people aged {ages}.</source>
        <translation>ສຳລັບຄົນ ອາຍຸ {ages}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In {year}, {eligible} births are eligible and {beneficiaries} receive it.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ໃນປີ {year}, ການເກີດ {eligible} ຄັ້ງມີສິດ ແລະ {beneficiaries} ຄັ້ງໄດ້ຮັບ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In {year}, {eligible} people are eligible and {beneficiaries} receive it.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ໃນປີ {year}, ມີ {eligible} ຄົນມີສິດ ແລະ {beneficiaries} ຄົນໄດ້ຮັບ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only women are eligible.</source>
        <translation>ສະເພາະແມ່ຍິງເທົ່ານັ້ນທີ່ມີສິດ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only men are eligible.</source>
        <translation>ສະເພາະຜູ້ຊາຍເທົ່ານັ້ນທີ່ມີສິດ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{share} at ages {ages}</source>
        <translation>{share} ສຳລັບອາຍຸ {ages}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The share with a severe disability is {share}.</source>
        <translation>ອັດຕາສ່ວນຂອງຄົນພິການຮ້າຍແຮງແມ່ນ {share}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It targets {share} of them.</source>
        <translation>ກຳນົດເປົ້າໝາຍ {share} ຂອງຈຳນວນນີ້.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Those already covered by another scheme ({share}) are left out.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ຜູ້ທີ່ໄດ້ຮັບການປົກຄຸມຈາກໂຄງການອື່ນແລ້ວ ({share}) ບໍ່ໄດ້ນັບເຂົ້າ.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>It is paid for {months} months per birth.</source>
        <translation>ຈ່າຍເປັນເວລາ {months} ເດືອນ ຕໍ່ການເກີດໜຶ່ງຄັ້ງ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is paid {months} months a year.</source>
        <translation>ຈ່າຍ {months} ເດືອນຕໍ່ປີ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The benefit is {percent} of {anchor}: {amount} a month in {year}.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ເງິນອຸດໜູນແມ່ນ {percent} ຂອງ{anchor}: {amount} ຕໍ່ເດືອນ ໃນປີ {year}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The benefit is {amount} a month in {base}, {indexation}.</source>
        <translation>ເງິນອຸດໜູນແມ່ນ {amount} ຕໍ່ເດືອນ ໃນປີ {base}, {indexation}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In {year} it is {amount} a month, {share} of {anchor}.</source>
        <translation>ໃນປີ {year} ແມ່ນ {amount} ຕໍ່ເດືອນ, ເທົ່າກັບ {share} ຂອງ{anchor}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In {year} it is {amount} a month.</source>
        <translation>ໃນປີ {year} ແມ່ນ {amount} ຕໍ່ເດືອນ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is {share} of {anchor}.</source>
        <translation>ເທົ່າກັບ {share} ຂອງ{anchor}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{percent} of {anchor} ({amount})</source>
        <translation>{percent} ຂອງ{anchor} ({amount})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ages {ages}: {level}</source>
        <translation>ອາຍຸ {ages}: {level}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The monthly benefit depends on age, in {year}: {bands}.</source>
        <translation>ເງິນອຸດໜູນລາຍເດືອນຂຶ້ນກັບອາຍຸ, ໃນປີ {year}: {bands}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The amounts are {indexation}.</source>
        <translation>ຈຳນວນເງິນແມ່ນ{indexation}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On average over the people eligible, it is {amount} a month in {year}.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ສະເລ່ຍຕໍ່ຜູ້ມີສິດ ແມ່ນ {amount} ຕໍ່ເດືອນ ໃນປີ {year}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Participants work {days} days a year at {wage} of the minimum wage ({working_days} working days a month): {daily} a day in {year}.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ຜູ້ເຂົ້າຮ່ວມເຮັດວຽກ {days} ວັນຕໍ່ປີ ດ້ວຍຄ່າຈ້າງ {wage} ຂອງຄ່າແຮງງານຂັ້ນຕ່ຳ ({working_days} ວັນເຮັດວຽກຕໍ່ເດືອນ): {daily} ຕໍ່ວັນ ໃນປີ {year}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tools, materials and supervision add {share} to the wages.</source>
        <translation>ເຄື່ອງມື, ວັດສະດຸ ແລະ ການຄຸ້ມຄອງ ເພີ່ມ {share} ໃສ່ຄ່າຈ້າງ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Care costs {cost} per person a year at {base} prices, rising with consumer prices and {excess} a year faster: {cost_then} in {year}.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ຄ່າປິ່ນປົວແມ່ນ {cost} ຕໍ່ຄົນຕໍ່ປີ ຕາມລາຄາປີ {base}, ເພີ່ມຂຶ້ນຕາມລາຄາຜູ້ບໍລິໂພກ ແລະ ໄວກວ່າ {excess} ຕໍ່ປີ: {cost_then} ໃນປີ {year}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Care costs {cost} per person a year at {base} prices, rising with consumer prices: {cost_then} in {year}.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ຄ່າປິ່ນປົວແມ່ນ {cost} ຕໍ່ຄົນຕໍ່ປີ ຕາມລາຄາປີ {base}, ເພີ່ມຂຶ້ນຕາມລາຄາຜູ້ບໍລິໂພກ: {cost_then} ໃນປີ {year}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>It adds health workers to reach {target} per 1,000 people, from {now} today: {workers} more workers in {year}, each paid {multiple} times the average wage ({salary} a year).</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ເພີ່ມພະນັກງານສາທາລະນະສຸກ ເພື່ອໃຫ້ໄດ້ {target} ຄົນຕໍ່ພົນລະເມືອງ 1.000 ຄົນ, ຈາກ {now} ໃນປັດຈຸບັນ: ເພີ່ມ {workers} ຄົນ ໃນປີ {year}, ແຕ່ລະຄົນໄດ້ຮັບ {multiple} ເທົ່າຂອງຄ່າຈ້າງສະເລ່ຍ ({salary} ຕໍ່ປີ).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Other costs add {share} to the salaries.</source>
        <translation>ຄ່າໃຊ້ຈ່າຍອື່ນ ເພີ່ມ {share} ໃສ່ເງິນເດືອນ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take-up is {share} from {year}.</source>
        <translation>ການເຂົ້າຮັບສິດແມ່ນ {share} ຕັ້ງແຕ່ປີ {year}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take-up starts at {start} of the people eligible in {start_year} and rises evenly to {target} in {target_year}.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ການເຂົ້າຮັບສິດເລີ່ມທີ່ {start} ຂອງຜູ້ມີສິດ ໃນປີ {start_year} ແລະ ເພີ່ມຂຶ້ນສະໝ່ຳສະເໝີ ເຖິງ {target} ໃນປີ {target_year}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Take-up is {share} of the people eligible every year.</source>
        <translation>ການເຂົ້າຮັບສິດແມ່ນ {share} ຂອງຜູ້ມີສິດ ທຸກປີ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{share} from {year}</source>
        <translation>{share} ຕັ້ງແຕ່ປີ {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take-up of the people eligible: {steps}.</source>
        <translation>ການເຂົ້າຮັບສິດຂອງຜູ້ມີສິດ: {steps}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Administration costs {rate} of the benefits paid, plus {fixed} in {year}.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ຄ່າໃຊ້ຈ່າຍໃນການບໍລິຫານແມ່ນ {rate} ຂອງເງິນອຸດໜູນທີ່ຈ່າຍ, ບວກ {fixed} ໃນປີ {year}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Administration costs {rate} of the benefits paid.</source>
        <translation>ຄ່າໃຊ້ຈ່າຍໃນການບໍລິຫານແມ່ນ {rate} ຂອງເງິນອຸດໜູນທີ່ຈ່າຍ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administration costs {fixed} in {year}.</source>
        <translation>ຄ່າໃຊ້ຈ່າຍໃນການບໍລິຫານແມ່ນ {fixed} ໃນປີ {year}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No administration cost is counted.</source>
        <translation>ບໍ່ໄດ້ນັບຄ່າໃຊ້ຈ່າຍໃນການບໍລິຫານ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It replaces {name}: in a package, the cost of {name} is subtracted to give the additional cost.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ໂຄງການນີ້ແທນ {name}: ໃນຊຸດສິດທິປະໂຫຍດ, ຄ່າໃຊ້ຈ່າຍຂອງ {name} ຖືກຫັກອອກ ເພື່ອໃຫ້ໄດ້ຄ່າໃຊ້ຈ່າຍເພີ່ມເຕີມ.</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+17"/>
        <source>{pct_gdp} of GDP in {year} ({money}; {pct_expenditure} of government expenditure)</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>{pct_gdp} ຕໍ່ GDP ໃນປີ {year} ({money}; {pct_expenditure} ຂອງລາຍຈ່າຍຂອງລັດ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{pct_gdp} of GDP in {year} ({money})</source>
        <translation>{pct_gdp} ຕໍ່ GDP ໃນປີ {year} ({money})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>It costs {costs}.</source>
        <translation>ຄ່າໃຊ້ຈ່າຍແມ່ນ {costs}.</translation>
    </message>
    <message>
        <location filename="../../engine/report/annexes.py" line="+154"/>
        <location filename="../../engine/report/packages.py" line="-73"/>
        <source>Fiscal space</source>
        <translatorcomment>Native review: ຊ່ອງຫວ່າງທາງງົບປະມານ is proposed (glossary: fiscal space), composed, no Lao term found.</translatorcomment>
        <translation>ຊ່ອງຫວ່າງທາງງົບປະມານ</translation>
    </message>
    <message>
        <location filename="../../engine/report/options.py" line="-3"/>
        <location filename="../../engine/report/summary.py" line="-17"/>
        <source>Executive summary</source>
        <translation>ບົດສະຫຼຸບສັງລວມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A chapter per guarantee: matrix and scenarios</source>
        <translation>ໜຶ່ງບົດຕໍ່ການຄໍ້າປະກັນ: ຕາຕະລາງການປະເມີນ ແລະ ສະຖານະການສົມມຸດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../engine/report/packages.py" line="-63"/>
        <source>Packages and fiscal space</source>
        <translation>ຊຸດສິດທິປະໂຫຍດ ແລະ ຊ່ອງຫວ່າງທາງງົບປະມານ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../engine/report/sensitivity.py" line="+26"/>
        <source>Sensitivity and uncertainty</source>
        <translatorcomment>Native review: ຄວາມບໍ່ແນ່ນອນ is proposed (glossary: uncertainty), composed.
Native review: ຄວາມອ່ອນໄຫວ is proposed (glossary: sensitivity analysis), composed (glossary form ການວິເຄາະຄວາມອ່ອນໄຫວ).</translatorcomment>
        <translation>ຄວາມອ່ອນໄຫວ ແລະ ຄວາມບໍ່ແນ່ນອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annex: assumptions and sources</source>
        <translation>ເອກະສານຊ້ອນທ້າຍ: ຂໍ້ສົມມຸດຖານ ແລະ ແຫຼ່ງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annex: the method in brief</source>
        <translation>ເອກະສານຊ້ອນທ້າຍ: ວິທີການໂດຍຫຍໍ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annex: warnings from the costing engine</source>
        <translation>ເອກະສານຊ້ອນທ້າຍ: ຄຳເຕືອນຈາກລະບົບຄິດໄລ່ຄ່າໃຊ້ຈ່າຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annex: glossary</source>
        <translation>ເອກະສານຊ້ອນທ້າຍ: ຄຳອະທິບາຍສັບ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Draft for discussion</source>
        <translation>ຮ່າງ ສຳລັບການປຶກສາຫາລື</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft for the validation workshop</source>
        <translation>ຮ່າງ ສຳລັບກອງປະຊຸມຮັບຮອງຜົນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted for endorsement</source>
        <translation>ສະເໜີເພື່ອຮັບຮອງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endorsed version</source>
        <translation>ສະບັບທີ່ຮັບຮອງແລ້ວ</translation>
    </message>
    <message>
        <location filename="../../engine/report/sensitivity.py" line="-44"/>
        <source>real GDP growth</source>
        <translation>ການຂະຫຍາຍຕົວຂອງ GDP ຕົວຈິງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inflation (CPI and GDP deflator)</source>
        <translation>ອັດຕາເງິນເຟີ້ (CPI ແລະ ຕົວປັບລາຄາ GDP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take-up</source>
        <translation>ການເຂົ້າຮັບສິດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>benefit level</source>
        <translation>ລະດັບເງິນອຸດໜູນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administration rate</source>
        <translation>ອັດຕາຄ່າບໍລິຫານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>population (WPP 2024 bounds)</source>
        <translation>ພົນລະເມືອງ (ຂອບເຂດ WPP 2024)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{low} to {high} points</source>
        <translation>{low} ຫາ {high} ຈຸດ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WPP 2024 low to high variant</source>
        <translation>ທາງເລືອກຕ່ຳ ຫາ ສູງ ຂອງ WPP 2024</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the project&apos;s ranges</source>
        <translation>ຂອບເຂດຂອງໂປຣເຈັກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the default ranges</source>
        <translation>ຂອບເຂດມາດຕະຖານ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How much the cost of each package depends on its assumptions. The tornado moves one assumption at a time to its low and then its high value, all others held; the bands draw every assumption at once, {draws} times, and give the percentiles of the cost each year.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ຄ່າໃຊ້ຈ່າຍຂອງແຕ່ລະຊຸດສິດທິປະໂຫຍດຂຶ້ນກັບຂໍ້ສົມມຸດຖານຫຼາຍປານໃດ. ແຜນພາບ Tornado ປ່ຽນຂໍ້ສົມມຸດຖານເທື່ອລະອັນ ໄປຫາຄ່າຕ່ຳ ແລະ ຄ່າສູງ, ຂໍ້ສົມມຸດຖານອື່ນຄົງທີ່; ແຖບຄວາມບໍ່ແນ່ນອນ ສຸ່ມທຸກຂໍ້ສົມມຸດຖານພ້ອມກັນ {draws} ເທື່ອ, ແລະ ໃຫ້ເປີເຊັນໄທລ໌ຂອງຄ່າໃຊ້ຈ່າຍແຕ່ລະປີ.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cost in {year}: {cost} of GDP. Each assumption alone, at its low and high value:</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ຄ່າໃຊ້ຈ່າຍໃນປີ {year}: {cost} ຕໍ່ GDP. ຂໍ້ສົມມຸດຖານແຕ່ລະອັນຜູ້ດຽວ, ທີ່ຄ່າຕ່ຳ ແລະ ຄ່າສູງ:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Low value</source>
        <translation>ຄ່າຕ່ຳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High value</source>
        <translation>ຄ່າສູງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central</source>
        <translation>ຄ່າກາງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: what moves the cost in {year}</source>
        <translation>{name}: ສິ່ງທີ່ເຮັດໃຫ້ຄ່າໃຊ້ຈ່າຍປ່ຽນແປງ ໃນປີ {year}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assumption</source>
        <translation>ຂໍ້ສົມມຸດຖານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change tested</source>
        <translation>ການປ່ຽນແປງທີ່ທົດສອບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low (% of GDP)</source>
        <translation>ຕ່ຳ (% ຕໍ່ GDP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High (% of GDP)</source>
        <translation>ສູງ (% ຕໍ່ GDP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swing (points)</source>
        <translation>ຊ່ວງຫ່າງ (ຈຸດ)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name}: one assumption at a time, {year}</source>
        <translation>{name}: ຂໍ້ສົມມຸດຖານເທື່ອລະອັນ, {year}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Percentiles of {draws} draws ({source}), cost in % of GDP:</source>
        <translation>ເປີເຊັນໄທລ໌ຂອງການສຸ່ມ {draws} ເທື່ອ ({source}), ຄ່າໃຊ້ຈ່າຍເປັນ % ຕໍ່ GDP:</translation>
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
        <translation>{name}: ແຖບຄວາມບໍ່ແນ່ນອນ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name}: percentiles of the cost, year by year</source>
        <translation>{name}: ເປີເຊັນໄທລ໌ຂອງຄ່າໃຊ້ຈ່າຍ ແຕ່ລະປີ</translation>
    </message>
    <message>
        <location filename="../../engine/report/annexes.py" line="-65"/>
        <source>Warnings from the costing engine</source>
        <translatorcomment>Native review: ຄ່າໃຊ້ຈ່າຍ is proposed (glossary: cost), the usual word, but no page using it was recorded.</translatorcomment>
        <translation>ຄຳເຕືອນຈາກລະບົບຄິດໄລ່ຄ່າໃຊ້ຈ່າຍ</translation>
    </message>
    <message>
        <location filename="../../engine/report/packages.py" line="-9"/>
        <source>A package is a set of scenarios costed together. Its fiscal space is the envelope, in % of GDP, that the government could give it; the gap is the envelope minus the cost (negative: the package costs more than the envelope).</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ຊຸດສິດທິປະໂຫຍດ ແມ່ນຊຸດຂອງສະຖານະການສົມມຸດທີ່ຄິດໄລ່ຄ່າໃຊ້ຈ່າຍນຳກັນ. ຊ່ອງຫວ່າງທາງງົບປະມານຂອງມັນ ແມ່ນວົງເງິນ ເປັນ % ຕໍ່ GDP ທີ່ລັດຖະບານສາມາດສະໜອງໃຫ້; ສ່ວນຕ່າງ ແມ່ນວົງເງິນລົບຄ່າໃຊ້ຈ່າຍ (ຕິດລົບ: ຄ່າໃຊ້ຈ່າຍຂອງຊຸດສິດທິປະໂຫຍດ ສູງກວ່າວົງເງິນ).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cost of each package in % of GDP</source>
        <translation>ຄ່າໃຊ້ຈ່າຍຂອງແຕ່ລະຊຸດສິດທິປະໂຫຍດ ເປັນ % ຕໍ່ GDP</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The package holds these scenarios:</source>
        <translation>ຊຸດສິດທິປະໂຫຍດນີ້ ປະກອບດ້ວຍສະຖານະການສົມມຸດເຫຼົ່ານີ້:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} ({status})</source>
        <translation>{name} ({status})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The package could not be costed: {reason}</source>
        <translation>ບໍ່ສາມາດຄິດໄລ່ຄ່າໃຊ້ຈ່າຍຂອງຊຸດສິດທິປະໂຫຍດນີ້ໄດ້: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The package costs {costs}.</source>
        <translation>ຄ່າໃຊ້ຈ່າຍຂອງຊຸດສິດທິປະໂຫຍດແມ່ນ {costs}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name}: cost of each scenario in % of GDP, stacked</source>
        <translation>{name}: ຄ່າໃຊ້ຈ່າຍຂອງແຕ່ລະສະຖານະການສົມມຸດ ເປັນ % ຕໍ່ GDP, ຊ້ອນກັນ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>existing</source>
        <translation>ທີ່ມີຢູ່ແລ້ວ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>proposed</source>
        <translation>ທີ່ສະເໜີ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>It fits within its fiscal space ({envelope} of GDP in {year}) in every year; the smallest margin is {margin} of GDP, in {margin_year}.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ຢູ່ພາຍໃນຊ່ອງຫວ່າງທາງງົບປະມານ ({envelope} ຕໍ່ GDP ໃນປີ {year}) ທຸກປີ; ສ່ວນເຫຼືອນ້ອຍທີ່ສຸດແມ່ນ {margin} ຕໍ່ GDP, ໃນປີ {margin_year}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It costs more than its fiscal space ({envelope} of GDP in {year}) in {count} of {years} years, by up to {excess} of GDP in {excess_year}.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ຄ່າໃຊ້ຈ່າຍສູງກວ່າຊ່ອງຫວ່າງທາງງົບປະມານ ({envelope} ຕໍ່ GDP ໃນປີ {year}) {count} ປີ ໃນ {years} ປີ, ສູງສຸດເກີນ {excess} ຕໍ່ GDP ໃນປີ {excess_year}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Net of the existing schemes its proposals replace, it adds {additional} of GDP in {year}.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ຫຼັງຫັກໂຄງການທີ່ມີຢູ່ແລ້ວ ທີ່ຂໍ້ສະເໜີຂອງມັນແທນ, ຄ່າໃຊ້ຈ່າຍເພີ່ມແມ່ນ {additional} ຕໍ່ GDP ໃນປີ {year}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../engine/report/summary.py" line="+24"/>
        <source>Fiscal space (% of GDP)</source>
        <translation>ຊ່ອງຫວ່າງທາງງົບປະມານ (% ຕໍ່ GDP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../engine/report/summary.py" line="+1"/>
        <source>Gap (% of GDP)</source>
        <translation>ສ່ວນຕ່າງ (% ຕໍ່ GDP)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name}: cost and fiscal space year by year</source>
        <translation>{name}: ຄ່າໃຊ້ຈ່າຍ ແລະ ຊ່ອງຫວ່າງທາງງົບປະມານ ແຕ່ລະປີ</translation>
    </message>
    <message>
        <location filename="../../engine/report/summary.py" line="-56"/>
        <source>This report costs {scenarios} of social protection for {country} from {base} to {end}, following the ILO Rapid Assessment Protocol, and compares {packages} of them with the fiscal space.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ບົດລາຍງານນີ້ຄິດໄລ່ຄ່າໃຊ້ຈ່າຍ {scenarios} ດ້ານການປົກປ້ອງສັງຄົມ ສຳລັບ {country} ແຕ່ປີ {base} ຫາ {end}, ຕາມແບບວິທີການປະເມີນແບບຮີບດ່ວນ (RAP) ຂອງອົງການແຮງງານສາກົນ, ແລະ ປຽບທຽບ {packages} ກັບຊ່ອງຫວ່າງທາງງົບປະມານ.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{package} would cost {costs}.</source>
        <translation>{package} ຈະມີຄ່າໃຊ້ຈ່າຍ {costs}.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Key figures: the packages in {years}</source>
        <translation>ຕົວເລກສຳຄັນ: ຊຸດສິດທິປະໂຫຍດ ໃນປີ {years}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} ({cost} of GDP)</source>
        <translation>{name} ({cost} ຕໍ່ GDP)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The largest scenarios in {year}: {items}.</source>
        <translation>ສະຖານະການສົມມຸດທີ່ໃຫຍ່ທີ່ສຸດ ໃນປີ {year}: {items}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What moves the cost most: for {package} in {year}, {assumption} alone takes it from {low} to {high} of GDP (central estimate {central}).</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ສິ່ງທີ່ເຮັດໃຫ້ຄ່າໃຊ້ຈ່າຍປ່ຽນແປງຫຼາຍທີ່ສຸດ: ສຳລັບ {package} ໃນປີ {year}, {assumption} ຜູ້ດຽວ ເຮັດໃຫ້ຄ່າໃຊ້ຈ່າຍຢູ່ລະຫວ່າງ {low} ຫາ {high} ຕໍ່ GDP (ຄ່າກາງ {central}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Next comes {assumption}: from {low} to {high}.</source>
        <translation>ຕໍ່ມາແມ່ນ {assumption}: ຈາກ {low} ຫາ {high}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the numbers: costs are in current {currency} (nominal); percentages of GDP and of government expenditure are rounded to two decimals, shares to a whole percent, amounts of money to four significant digits, numbers of people to the hundred. {years}</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ການອ່ານຕົວເລກ: ຄ່າໃຊ້ຈ່າຍເປັນ {currency} ຕາມລາຄາປັດຈຸບັນ; ສ່ວນຮ້ອຍຕໍ່ GDP ແລະ ຕໍ່ລາຍຈ່າຍຂອງລັດ ປັດເປັນທົດສະນິຍົມ 2 ຕຳແໜ່ງ, ອັດຕາສ່ວນປັດເປັນສ່ວນຮ້ອຍເຕັມ, ຈຳນວນເງິນປັດເປັນ 4 ຕົວເລກສຳຄັນ, ຈຳນວນຄົນປັດເປັນຫຼັກຮ້ອຍ. {years}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Years are fiscal years, each named by the calendar year in which it ends.</source>
        <translatorcomment>Lao composed by the developer from the glossary; needs a native reviewer.</translatorcomment>
        <translation>ປີແມ່ນສົກປີງົບປະມານ, ແຕ່ລະສົກປີເອີ້ນຕາມປີປະຕິທິນທີ່ມັນສິ້ນສຸດ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Years are calendar years.</source>
        <translation>ປີແມ່ນປີປະຕິທິນ.</translation>
    </message>
    <message>
        <location filename="../../engine/report/text.py" line="+36"/>
        <source>billion {currency}</source>
        <translation>ຕື້ {currency}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>million {currency}</source>
        <translation>ລ້ານ {currency}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>thousands</source>
        <translation>ພັນຄົນ</translation>
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
        <translation>{items} ແລະ {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one scenario</source>
        <translation>ສະຖານະການສົມມຸດ 1 ອັນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} scenarios</source>
        <translation>ສະຖານະການສົມມຸດ {count} ອັນ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one package</source>
        <translation>ຊຸດສິດທິປະໂຫຍດ 1 ຊຸດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} packages</source>
        <translation>ຊຸດສິດທິປະໂຫຍດ {count} ຊຸດ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one row</source>
        <translation>1 ແຖວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} rows</source>
        <translation>{count} ແຖວ</translation>
    </message>
    <message>
        <location filename="../../engine/report/consultation.py" line="-12"/>
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
        <location line="+18"/>
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
        <source>Comments from the consultation</source>
        <translation>ຄຳເຫັນຈາກການປຶກສາຫາລື</translation>
    </message>
    <message>
        <location filename="../../engine/report/options.py" line="-8"/>
        <source>Annex: comments from the consultation</source>
        <translation>ເອກະສານຊ້ອນທ້າຍ: ຄຳເຫັນຈາກການປຶກສາຫາລື</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <location filename="../../gui/results/tab.py" line="+91"/>
        <source>A package, stacked</source>
        <translatorcomment>Native review: ຊຸດສິດທິປະໂຫຍດ is proposed (glossary: package (of benefits)), composed (ຊຸດ + ສິດທິປະໂຫຍດ), no Lao source.</translatorcomment>
        <translation>ຊຸດສິດທິປະໂຫຍດ, ແບບຊ້ອນກັນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+360"/>
        <source>Scenarios compared</source>
        <translatorcomment>Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>ການປຽບທຽບສະຖານະການສົມມຸດ</translation>
    </message>
    <message>
        <location line="-359"/>
        <location line="+355"/>
        <source>Packages compared</source>
        <translatorcomment>Native review: ຊຸດສິດທິປະໂຫຍດ is proposed (glossary: package (of benefits)), composed (ຊຸດ + ສິດທິປະໂຫຍດ), no Lao source.</translatorcomment>
        <translation>ການປຽບທຽບຊຸດສິດທິປະໂຫຍດ</translation>
    </message>
    <message>
        <location line="-354"/>
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
        <location line="+47"/>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranges...</source>
        <translation>ຂອບເຂດ…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Double-click a line to go to the data concerned.</source>
        <translation>ຄລິກສອງເທື່ອໃສ່ແຖວ ເພື່ອໄປຫາຂໍ້ມູນທີ່ກ່ຽວຂ້ອງ.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+25"/>
        <source>&lt;b&gt;Results table&lt;/b&gt; (click a heading to sort)</source>
        <translation>&lt;b&gt;ຕາຕະລາງຜົນໄດ້ຮັບ&lt;/b&gt; (ຄລິກຫົວຖັນເພື່ອຈັດລຽງ)</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>What if...</source>
        <translatorcomment>Native review: “what if” (trying other values on a copy).</translatorcomment>
        <translation>ຈະເປັນແນວໃດຖ້າ…</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Financing of a package</source>
        <translation>ການສະໜອງທຶນຂອງຊຸດສິດທິປະໂຫຍດ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What moves a package&apos;s financing gap (tornado)</source>
        <translation>ປັດໄຈທີ່ເຮັດໃຫ້ການຂາດເຂີນທຶນປ່ຽນແປງ (tornado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncertainty bands of a package&apos;s financing gap</source>
        <translation>ແຖບຄວາມບໍ່ແນ່ນອນຂອງການຂາດເຂີນທຶນ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the chart shows</source>
        <translation>ສິ່ງທີ່ເສັ້ນສະແດງນຳສະເໜີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package the chart and the table follow</source>
        <translation>ຊຸດສິດທິປະໂຫຍດທີ່ເສັ້ນສະແດງ ແລະ ຕາຕະລາງສະແດງຜົນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit: % of GDP, money, people...</source>
        <translation>ຫົວໜ່ວຍ: % ຕໍ່ GDP, ຈຳນວນເງິນ, ຈຳນວນຄົນ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The year of a one-year chart (packages in a year, pyramid)</source>
        <translation>ປີຂອງເສັ້ນສະແດງແບບປີດຽວ (ຊຸດສິດທິປະໂຫຍດໃນປີດຽວ, ປີຣາມິດພົນລະເມືອງ)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Try other benefit levels and packages on a copy; keep them or not at the end</source>
        <translation>ທົດລອງລະດັບເງິນອຸດໜູນ ແລະ ຊຸດສິດທິປະໂຫຍດອື່ນໆ ໃນສຳເນົາ; ເລືອກວ່າຈະເກັບໄວ້ ຫຼື ບໍ່ ໃນຕອນທ້າຍ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart</source>
        <translation>ເສັ້ນສະແດງ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PNG...</source>
        <translation>ບັນທຶກເປັນ PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as SVG...</source>
        <translation>ບັນທຶກເປັນ SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy (picture and vectors)</source>
        <translation>ສຳເນົາ (ຮູບພາບ ແລະ ເວັກເຕີ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print...</source>
        <translation>ພິມ…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the chosen package</source>
        <translation>ສະເພາະຊຸດສິດທິປະໂຫຍດທີ່ເລືອກ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the chosen package and its scenarios, not every result</source>
        <translation>ສະແດງຊຸດສິດທິປະໂຫຍດທີ່ເລືອກ ແລະ ສະຖານະການສົມມຸດຂອງມັນ, ບໍ່ແມ່ນຜົນໄດ້ຮັບທັງໝົດ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export...</source>
        <translation>ສົ່ງອອກ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the results table to an Excel or CSV file</source>
        <translation>ບັນທຶກຕາຕະລາງຜົນໄດ້ຮັບເປັນໄຟລ໌ Excel ຫຼື CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Warnings&lt;/b&gt;</source>
        <translation>&lt;b&gt;ຄຳເຕືອນ&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+47"/>
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
        <location line="+23"/>
        <source>{name} has no result: {reason}</source>
        <translation>{name} ບໍ່ມີຜົນໄດ້ຮັບ: {reason}</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&lt;b&gt;No scenario yet.&lt;/b&gt; Add one in the Scenarios tab (Add...): a benefit or a service, who receives it and how much; its cost appears here at once.</source>
        <translation>&lt;b&gt;ຍັງບໍ່ມີສະຖານະການສົມມຸດ.&lt;/b&gt; ເພີ່ມໄດ້ຢູ່ແຖບ ສະຖານະການສົມມຸດ (ເພີ່ມ…): ເງິນອຸດໜູນ ຫຼື ການບໍລິການ, ໃຜເປັນຜູ້ໄດ້ຮັບ ແລະ ຈຳນວນເທົ່າໃດ; ຄ່າໃຊ້ຈ່າຍຂອງມັນຈະສະແດງຢູ່ນີ້ທັນທີ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;No package yet.&lt;/b&gt; A package is a set of scenarios costed together against its fiscal space: make one in Scenarios &gt; Packages (New package), then tick its scenarios.</source>
        <translatorcomment>Native review: &apos;tick&apos; (a check box) rendered ໝາຍເລືອກ.</translatorcomment>
        <translation>&lt;b&gt;ຍັງບໍ່ມີຊຸດສິດທິປະໂຫຍດ.&lt;/b&gt; ຊຸດສິດທິປະໂຫຍດແມ່ນກຸ່ມສະຖານະການສົມມຸດທີ່ຄິດໄລ່ຄ່າໃຊ້ຈ່າຍຮ່ວມກັນ ແລະ ທຽບກັບຊ່ອງຫວ່າງທາງງົບປະມານຂອງມັນ: ສ້າງໄດ້ທີ່ ສະຖານະການສົມມຸດ &gt; ຊຸດສິດທິປະໂຫຍດ (ຊຸດສິດທິປະໂຫຍດໃໝ່), ແລ້ວໝາຍເລືອກສະຖານະການສົມມຸດຂອງມັນ.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Stopped: the chart shows the last complete run.</source>
        <translation>ຢຸດແລ້ວ: ເສັ້ນສະແດງສະແດງຜົນຂອງການຄິດໄລ່ຄັ້ງສຸດທ້າຍທີ່ສຳເລັດ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name}: what moves the cost in {year}</source>
        <translatorcomment>Native review: ຄ່າໃຊ້ຈ່າຍ is proposed (glossary: cost), the usual word, but no page using it was recorded.</translatorcomment>
        <translation>{name}: ປັດໄຈທີ່ເຮັດໃຫ້ຄ່າໃຊ້ຈ່າຍປ່ຽນແປງໃນປີ {year}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What moves the financing gap in {year}</source>
        <translation>ປັດໄຈທີ່ເຮັດໃຫ້ການຂາດເຂີນທຶນປ່ຽນແປງໃນປີ {year}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: uncertainty bands ({draws} draws)</source>
        <translatorcomment>Native review: ຄວາມບໍ່ແນ່ນອນ is proposed (glossary: uncertainty), composed.
Native review: ການສຸ່ມ is not in the glossary (draws (of the simulation)), ການສຸ່ມ = random sampling.</translatorcomment>
        <translation>{name}: ແຖບຄວາມບໍ່ແນ່ນອນ (ການສຸ່ມ {draws} ເທື່ອ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Financing gap: bands of {draws} draws</source>
        <translation>ການຂາດເຂີນທຶນ: ແຖບຈາກການສຸ່ມ {draws} ຄັ້ງ</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Packages in {year}</source>
        <translatorcomment>Native review: ຊຸດສິດທິປະໂຫຍດ is proposed (glossary: package (of benefits)), composed (ຊຸດ + ສິດທິປະໂຫຍດ), no Lao source.</translatorcomment>
        <translation>ຊຸດສິດທິປະໂຫຍດໃນປີ {year}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The chart is on the clipboard: paste it into a slide.</source>
        <translation>ເສັ້ນສະແດງຢູ່ໃນຄລິບບອດແລ້ວ: ວາງໃສ່ສະໄລ້ໄດ້.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Results table</source>
        <translation>ຕາຕະລາງຜົນໄດ້ຮັບ</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+5"/>
        <source>Results written to {path}</source>
        <translation>ຂຽນຜົນໄດ້ຮັບໄວ້ທີ່ {path} ແລ້ວ</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <location filename="../../gui/results/table.py" line="+31"/>
        <source>Type</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>ປີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beneficiaries</source>
        <translation>ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefit per beneficiary, {currency} a year</source>
        <translation>ເງິນອຸດໜູນຕໍ່ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ, {currency} ຕໍ່ປີ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Benefit cost, {currency}</source>
        <translation>ລາຍຈ່າຍເງິນອຸດໜູນ, {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration, {currency}</source>
        <translation>ຄ່າໃຊ້ຈ່າຍໃນການບໍລິຫານ, {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total cost, {currency}</source>
        <translation>ຄ່າໃຊ້ຈ່າຍທັງໝົດ, {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total cost, {currency} at base-year prices</source>
        <translation>ຄ່າໃຊ້ຈ່າຍທັງໝົດ, {currency} ຕາມລາຄາປີພື້ນຖານ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost, % of GDP</source>
        <translation>ຄ່າໃຊ້ຈ່າຍ, % ຕໍ່ GDP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost, % of government expenditure</source>
        <translation>ຄ່າໃຊ້ຈ່າຍ, % ຕໍ່ລາຍຈ່າຍຂອງລັດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost, % of government revenue</source>
        <translation>ຄ່າໃຊ້ຈ່າຍ, % ຕໍ່ລາຍຮັບຂອງລັດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing schemes, {currency}</source>
        <translation>ໂຄງການທີ່ມີຢູ່ແລ້ວ, {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed schemes, {currency}</source>
        <translation>ໂຄງການທີ່ສະເໜີ, {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced schemes, {currency}</source>
        <translation>ໂຄງການທີ່ຖືກທົດແທນ, {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional cost, {currency}</source>
        <translation>ຄ່າໃຊ້ຈ່າຍເພີ່ມເຕີມ, {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional cost, % of GDP</source>
        <translation>ຄ່າໃຊ້ຈ່າຍເພີ່ມເຕີມ, % ຕໍ່ GDP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal space, % of GDP</source>
        <translation>ຊ່ອງຫວ່າງທາງງົບປະມານ, % ຕໍ່ GDP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal space left, % of GDP (negative: over)</source>
        <translation>ຊ່ອງຫວ່າງທາງງົບປະມານທີ່ຍັງເຫຼືອ, % ຕໍ່ GDP (ຕິດລົບ: ເກີນ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Government expenditure needed, % of GDP</source>
        <translation>ລາຍຈ່າຍຂອງລັດທີ່ຕ້ອງການ, % ຕໍ່ GDP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Financing, {currency}</source>
        <translation>ການສະໜອງທຶນ, {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financing, % of GDP</source>
        <translation>ການສະໜອງທຶນ, % ຕໍ່ GDP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financing gap, % of GDP (negative: surplus)</source>
        <translation>ການຂາດເຂີນທຶນ, % ຕໍ່ GDP (ຕິດລົບ: ເກີນດຸນ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>scenario</source>
        <translation>ສະຖານະການສົມມຸດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>package</source>
        <translation>ຊຸດສິດທິປະໂຫຍດ</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>{header} (column {key} in exported files)</source>
        <translation>{header} (ຖັນ {key} ໃນໄຟລ໌ທີ່ສົ່ງອອກ)</translation>
    </message>
</context>
<context>
    <name>ScenarioFields</name>
    <message>
        <location filename="../../gui/common/scenario_fields.py" line="+49"/>
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
        <location line="+8"/>
        <source>The scenario&apos;s name in every table, chart and report</source>
        <translation>ຊື່ຂອງສະຖານະການສົມມຸດ ໃນທຸກຕາຕະລາງ, ເສັ້ນສະແດງ ແລະ ບົດລາຍງານ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guarantee of the Social Protection Floor the scheme serves</source>
        <translation>ການຄໍ້າປະກັນຂອງການປົກປ້ອງສັງຄົມຂັ້ນພື້ນຖານ ທີ່ໂຄງການນີ້ຮັບໃຊ້</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Existing: a scheme paid today; proposed: a recommendation being costed</source>
        <translation>ທີ່ມີຢູ່ແລ້ວ: ໂຄງການທີ່ກຳລັງຈ່າຍຢູ່ໃນປັດຈຸບັນ; ທີ່ສະເໜີ: ຂໍ້ສະເໜີແນະທີ່ກຳລັງຄິດໄລ່ຄ່າໃຊ້ຈ່າຍ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ages eligible, in whole years, both included (e.g. 0 to 5)</source>
        <translation>ອາຍຸທີ່ມີສິດ, ເປັນປີເຕັມ, ລວມທັງອາຍຸເລີ່ມຕົ້ນ ແລະ ອາຍຸສຸດທ້າຍ (ເຊັ່ນ 0 ຫາ 5 ປີ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is eligible: women, men or both</source>
        <translation>ຜູ້ທີ່ມີສິດ: ເພດຍິງ, ເພດຊາຍ ຫຼື ທັງສອງເພດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of the age band targeted, in % (e.g. 30 % for the poorest 30 %)</source>
        <translation>ສັດສ່ວນຂອງກຸ່ມອາຍຸທີ່ເປັນເປົ້າໝາຍ, ເປັນ % (ເຊັ່ນ 30&#xa0;% ສຳລັບກຸ່ມ 30&#xa0;% ທີ່ທຸກຍາກທີ່ສຸດ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The share of the age band with the condition, in % (e.g. 2.8 %)</source>
        <translatorcomment>&apos;the condition&apos; made explicit with &apos;e.g. disability&apos; (the field is labelled ອັດຕາຄວາມພິການ).</translatorcomment>
        <translation>ສັດສ່ວນຂອງກຸ່ມອາຍຸທີ່ມີສະພາບດັ່ງກ່າວ (ເຊັ່ນ ຄວາມພິການ), ເປັນ %, ຕົວຢ່າງ 2,8&#xa0;%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The share already covered by other schemes, in % (not eligible here)</source>
        <translation>ສັດສ່ວນທີ່ໄດ້ຮັບການປົກຄຸມແລ້ວຈາກໂຄງການອື່ນ, ເປັນ % (ບໍ່ມີສິດຢູ່ນີ້)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People receiving these schemes are not eligible here</source>
        <translation>ຜູ້ທີ່ໄດ້ຮັບຈາກໂຄງການເຫຼົ່ານີ້ ບໍ່ມີສິດຢູ່ນີ້</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The benefit a month: a % of an anchor (the poverty line, a wage) or a fixed amount in the currency at base-year prices</source>
        <translation>ເງິນອຸດໜູນຕໍ່ເດືອນ: ເປັນ % ຂອງຄ່າອ້າງອີງ (ເສັ້ນຄວາມທຸກຍາກ, ຄ່າຈ້າງ) ຫຼື ເປັນຈຳນວນເງິນຄົງທີ່ ເປັນສະກຸນເງິນຂອງປະເທດ ຕາມລາຄາປີພື້ນຖານ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Months the benefit is paid in a year (12 for a monthly benefit)</source>
        <translation>ຈຳນວນເດືອນທີ່ຈ່າຍເງິນອຸດໜູນໃນໜຶ່ງປີ (12 ສຳລັບເງິນອຸດໜູນລາຍເດືອນ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days of work offered to each participant in a year (e.g. 60)</source>
        <translation>ຈຳນວນວັນເຮັດວຽກທີ່ສະໜອງໃຫ້ຜູ້ເຂົ້າຮ່ວມແຕ່ລະຄົນໃນໜຶ່ງປີ (ເຊັ່ນ 60 ວັນ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The daily wage, in % of the minimum wage (e.g. 100 %)</source>
        <translation>ຄ່າແຮງງານລາຍວັນ, ເປັນ % ຂອງຄ່າແຮງງານຂັ້ນຕ່ຳ (ເຊັ່ນ 100&#xa0;%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working days in a month, to turn the monthly wage into a daily one</source>
        <translation>ຈຳນວນວັນເຮັດວຽກໃນໜຶ່ງເດືອນ, ເພື່ອປ່ຽນຄ່າແຮງງານລາຍເດືອນເປັນລາຍວັນ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Materials and management, in % of the total cost (e.g. 30 %)</source>
        <translation>ຄ່າວັດສະດຸ ແລະ ການຄຸ້ມຄອງ, ເປັນ % ຂອງຄ່າໃຊ້ຈ່າຍທັງໝົດ (ເຊັ່ນ 30&#xa0;%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cost of care per person covered a year, base-year prices</source>
        <translation>ຄ່າປິ່ນປົວຕໍ່ຄົນທີ່ໄດ້ຮັບການປົກຄຸມຕໍ່ປີ, ຕາມລາຄາປີພື້ນຖານ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much faster health costs rise than consumer prices, % a year</source>
        <translation>ຄ່າໃຊ້ຈ່າຍດ້ານສຸຂະພາບເພີ່ມຂຶ້ນໄວກວ່າລາຄາຜູ້ບໍລິໂພກເທົ່າໃດ, % ຕໍ່ປີ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health workers per 1,000 people to reach (e.g. 4.45, the WHO threshold)</source>
        <translation>ຈຳນວນພະນັກງານສາທາລະນະສຸກຕໍ່ 1.000 ຄົນ ທີ່ຕ້ອງບັນລຸ (ເຊັ່ນ 4,45, ເກນຂອງອົງການອະນາໄມໂລກ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health workers per 1,000 people today</source>
        <translation>ຈຳນວນພະນັກງານສາທາລະນະສຸກຕໍ່ 1.000 ຄົນ ໃນປັດຈຸບັນ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A health worker&apos;s salary, as a multiple of the average wage</source>
        <translation>ເງິນເດືອນຂອງພະນັກງານສາທາລະນະສຸກ, ເປັນຈຳນວນເທົ່າຂອງຄ່າຈ້າງສະເລ່ຍ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other costs, as a multiple of the salary bill (e.g. 0.5)</source>
        <translation>ຄ່າໃຊ້ຈ່າຍອື່ນໆ, ເປັນຈຳນວນເທົ່າຂອງຍອດເງິນເດືອນທັງໝົດ (ເຊັ່ນ 0,5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number of beneficiaries, one number or by year</source>
        <translation>ຈຳນວນຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ, ຕົວເລກດຽວ ຫຼື ແຕ່ລະປີ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The share of the eligible who receive the benefit, in %: a ramp from a first year to a target year, or values by year</source>
        <translation>ສັດສ່ວນຂອງຜູ້ມີສິດທີ່ໄດ້ຮັບເງິນອຸດໜູນ, ເປັນ %: ຂະຫຍາຍເທື່ອລະກ້າວຈາກປີທຳອິດເຖິງປີເປົ້າໝາຍ, ຫຼື ຄ່າແຕ່ລະປີ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The month payments start in the first year (later months only)</source>
        <translation>ເດືອນທີ່ເລີ່ມຈ່າຍໃນປີທຳອິດ (ຈ່າຍຕັ້ງແຕ່ເດືອນນັ້ນເປັນຕົ້ນໄປເທົ່ານັ້ນ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administration costs, in % of the benefits paid (e.g. 5 %)</source>
        <translation>ຄ່າໃຊ້ຈ່າຍໃນການບໍລິຫານ, ເປັນ % ຂອງເງິນອຸດໜູນທີ່ຈ່າຍ (ເຊັ່ນ 5&#xa0;%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administration costs that do not grow with benefits, a year</source>
        <translation>ຄ່າໃຊ້ຈ່າຍໃນການບໍລິຫານທີ່ບໍ່ເພີ່ມຂຶ້ນຕາມເງິນອຸດໜູນ, ຕໍ່ປີ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An existing scheme this one replaces (its cost is taken off packages)</source>
        <translation>ໂຄງການທີ່ມີຢູ່ແລ້ວ ທີ່ໂຄງການນີ້ຈະມາແທນ (ຄ່າໃຊ້ຈ່າຍຂອງມັນຖືກຫັກອອກຈາກຊຸດສິດທິປະໂຫຍດ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why this scenario: the recommendation and who agreed it</source>
        <translation>ເຫດຜົນຂອງສະຖານະການສົມມຸດນີ້: ຂໍ້ສະເໜີແນະ ແລະ ຜູ້ທີ່ໄດ້ເຫັນດີ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the numbers come from (a decree, a survey, a ministry letter)</source>
        <translation>ແຫຼ່ງທີ່ມາຂອງຕົວເລກ (ດຳລັດ, ການສຳຫຼວດ, ໜັງສືຂອງກະຊວງ)</translation>
    </message>
    <message>
        <location filename="../../gui/scenarios/form.py" line="+88"/>
        <source>The scenario&apos;s short name in files, formulas and links: letters, digits, dots, dashes, no spaces (e.g. child-benefit). Renaming updates every link.</source>
        <translatorcomment>&apos;letters&apos; made explicit as Latin letters (ອັກສອນລາຕິນ): ids accept A-Z, a-z only.</translatorcomment>
        <translation>ຊື່ຫຍໍ້ຂອງສະຖານະການສົມມຸດ ໃນໄຟລ໌, ສູດຄິດໄລ່ ແລະ ການເຊື່ອມໂຍງ: ອັກສອນລາຕິນ, ຕົວເລກ, ຈຸດ, ຂີດ, ບໍ່ມີຍະຫວ່າງ (ເຊັ່ນ child-benefit). ການປ່ຽນຊື່ຈະປັບປຸງທຸກການເຊື່ອມໂຍງ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Id</source>
        <translation>ລະຫັດ</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&lt;i&gt;Choose a scenario on the left, or add one with Add... (one per kind of benefit or service).&lt;/i&gt;</source>
        <translation>&lt;i&gt;ເລືອກສະຖານະການສົມມຸດທາງເບື້ອງຊ້າຍ, ຫຼື ເພີ່ມໃໝ່ດ້ວຍ ເພີ່ມ… (ໜຶ່ງອັນຕໍ່ປະເພດເງິນອຸດໜູນ ຫຼື ການບໍລິການ).&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>By age band</source>
        <translatorcomment>Native review: ກຸ່ມອາຍຸ is proposed (glossary: age group).</translatorcomment>
        <translation>ຕາມກຸ່ມອາຍຸ</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="+12"/>
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
        <location line="+121"/>
        <source>of</source>
        <translation>ຂອງ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{currency} a month at {year} prices, indexed to</source>
        <translatorcomment>Label before the indexation list; rendered &apos;indexation:&apos; so that &apos;none (fixed in money)&apos; reads well.</translatorcomment>
        <translation>{currency} ຕໍ່ເດືອນ ຕາມລາຄາປີ {year}, ການປັບຕາມດັດຊະນີ:</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Rename {old} to {new}</source>
        <translation>ປ່ຽນຊື່ {old} ເປັນ {new}</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>nothing</source>
        <translation>ບໍ່ມີ</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>by age band</source>
        <translatorcomment>Native review: ກຸ່ມອາຍຸ is proposed (glossary: age group).</translatorcomment>
        <translation>ຕາມກຸ່ມອາຍຸ</translation>
    </message>
    <message>
        <location line="+53"/>
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
        <location filename="../../gui/scenarios/tab.py" line="+59"/>
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
        <location line="+12"/>
        <source>The year whose cost is explained below</source>
        <translation>ປີທີ່ອະທິບາຍຄ່າໃຊ້ຈ່າຍຢູ່ຂ້າງລຸ່ມ</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+4"/>
        <source>Financing</source>
        <translation>ການສະໜອງທຶນ</translation>
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
        <location line="+32"/>
        <source>Choose a scenario to print.</source>
        <translation>ເລືອກສະຖານະການສົມມຸດທີ່ຈະພິມ.</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+1"/>
        <source>No results: {reason}</source>
        <translation>ບໍ່ມີຜົນໄດ້ຮັບ: {reason}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>computing...</source>
        <translation>ກຳລັງຄິດໄລ່…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This scenario cannot be costed yet: {reason}</source>
        <translatorcomment>Native review: ຄ່າໃຊ້ຈ່າຍ is proposed (glossary: cost), the usual word, but no page using it was recorded.
Native review: ສະຖານະການສົມມຸດ is proposed (glossary: scenario), composed (ສົມມຸດ as in ຂໍ້ສົມມຸດຖານ), no Lao source.</translatorcomment>
        <translation>ຍັງບໍ່ສາມາດຄິດໄລ່ຄ່າໃຊ້ຈ່າຍຂອງສະຖານະການສົມມຸດນີ້ໄດ້: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+29"/>
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
        <location line="+18"/>
        <source>Delete {name}</source>
        <translation>ລຶບ {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario &quot;{name}&quot; deleted.</source>
        <translation>ລຶບສະຖານະການສົມມຸດ “{name}” ແລ້ວ.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../../gui/scenarios/tiers.py" line="+41"/>
        <source>Pays a different amount by age band</source>
        <translation>ຈ່າຍຈຳນວນຕ່າງກັນຕາມກຸ່ມອາຍຸ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tiers: a different amount for each age band (e.g. 600 at 60-69, 700 at 70-79)</source>
        <translation>ຂັ້ນຕາມອາຍຸ: ຈຳນວນຕ່າງກັນສຳລັບແຕ່ລະກຸ່ມອາຍຸ (ເຊັ່ນ 600 ສຳລັບອາຍຸ 60-69 ປີ, 700 ສຳລັບອາຍຸ 70-79 ປີ)</translation>
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
        <location filename="../../gui/results/uncertainty_charts.py" line="+76"/>
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
        <location line="+6"/>
        <source>central</source>
        <translation>ຄ່າກາງ</translation>
    </message>
    <message>
        <location line="+9"/>
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
    <name>Workbook</name>
    <message>
        <location filename="../../engine/outputs/workbook/book.py" line="+166"/>
        <location filename="../../engine/outputs/workbook/financing.py" line="+103"/>
        <source>Source: {name}</source>
        <translation>ແຫຼ່ງທຶນ: {name}</translation>
    </message>
    <message>
        <location line="+42"/>
        <location filename="../../engine/outputs/workbook/financing.py" line="-9"/>
        <source>id</source>
        <translation>ລະຫັດ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../engine/outputs/workbook/financing.py" line="+0"/>
        <source>measure</source>
        <translatorcomment>The measure column holds keys a program reads (total_cost, pct_gdp...): a short word for &apos;indicator&apos;.</translatorcomment>
        <translation>ຕົວຊີ້ວັດ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>not costed: see its sheet</source>
        <translation>ບໍ່ໄດ້ຄິດໄລ່ຄ່າໃຊ້ຈ່າຍ: ເບິ່ງແຜ່ນງານຂອງມັນ</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>yes</source>
        <translation>ແມ່ນ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>ບໍ່</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ABND Studio {version} on {date}</source>
        <translation>ABND Studio {version} ວັນທີ {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILO Rapid Assessment Protocol, as in ABND Studio&apos;s docs/method.md</source>
        <translation>ແບບວິທີການປະເມີນແບບຮີບດ່ວນ (RAP) ຂອງອົງການແຮງງານສາກົນ, ຕາມທີ່ອະທິບາຍໃນ docs/method.md ຂອງ ABND Studio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made by</source>
        <translation>ສ້າງໂດຍ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project</source>
        <translation>ໂປຣເຈັກ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Years</source>
        <translation>ປີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>ວິທີການ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source notes</source>
        <translation>ໝາຍເຫດແຫຼ່ງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engine warnings</source>
        <translation>ຄຳເຕືອນຈາກລະບົບຄິດໄລ່ຄ່າໃຊ້ຈ່າຍ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sensitivity and uncertainty, % of GDP (values from ABND Studio)</source>
        <translation>ຄວາມອ່ອນໄຫວ ແລະ ຄວາມບໍ່ແນ່ນອນ, % ຕໍ່ GDP (ຄ່າທີ່ຄິດໄລ່ໂດຍ ABND Studio)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>financing gap (cost minus financing)</source>
        <translation>ການຂາດເຂີນທຶນ (ຄ່າໃຊ້ຈ່າຍ ລົບ ການສະໜອງທຶນ)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: each assumption alone, {year}</source>
        <translation>{name}: ແຕ່ລະຂໍ້ສົມມຸດຖານແຍກກັນ, ປີ {year}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>assumption</source>
        <translation>ຂໍ້ສົມມຸດຖານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low shift</source>
        <translation>ການປ່ຽນແປງຕ່ຳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high shift</source>
        <translation>ການປ່ຽນແປງສູງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>ຄ່າຕ່ຳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>ຄ່າສູງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>swing</source>
        <translatorcomment>Tornado chart: the distance between the low and high results.</translatorcomment>
        <translation>ຄວາມແຕກຕ່າງ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>central</source>
        <translation>ຄ່າກາງ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: percentiles of {draws} draws ({ranges})</source>
        <translation>{name}: ເປີເຊັນໄທລ໌ຂອງການສຸ່ມ {draws} ເທື່ອ ({ranges})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>percentile</source>
        <translation>ເປີເຊັນໄທລ໌</translation>
    </message>
    <message>
        <location filename="../../engine/outputs/workbook/financing.py" line="+2"/>
        <source>Financing sources and the packages they finance (% of GDP and nominal LCU); with fiscal years, each figure is in the column of the year its fiscal year ends</source>
        <translation>ແຫຼ່ງສະໜອງທຶນ ແລະ ຊຸດສິດທິປະໂຫຍດທີ່ພວກມັນສະໜອງທຶນໃຫ້ (% ຕໍ່ GDP ແລະ ເງິນກີບຕາມລາຄາປະຈຸບັນ); ເມື່ອໃຊ້ປີງົບປະມານ, ແຕ່ລະຕົວເລກຢູ່ໃນຖັນຂອງປີທີ່ປີງົບປະມານນັ້ນສິ້ນສຸດ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kind</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source</source>
        <translation>ແຫຼ່ງທີ່ມາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feasibility</source>
        <translation>ຄວາມເປັນໄປໄດ້</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not computed</source>
        <translation>ບໍ່ໄດ້ຄິດໄລ່</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>wage, % of the {anchor}</source>
        <translation>ຄ່າຈ້າງ, % ຂອງ {anchor}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contribution rate</source>
        <translation>ອັດຕາເງິນສົມທົບ</translation>
    </message>
    <message>
        <location filename="../../engine/outputs/workbook/book.py" line="-151"/>
        <location filename="../../engine/outputs/workbook/financing.py" line="+50"/>
        <source>Package: {name}</source>
        <translation>ຊຸດສິດທິປະໂຫຍດ: {name}</translation>
    </message>
    <message>
        <location filename="../../engine/outputs/workbook/financing.py" line="+37"/>
        <source>the first year from which the sources cover the cost every year</source>
        <translation>ປີທຳອິດທີ່ແຫຼ່ງທຶນກວມເອົາຄ່າໃຊ້ຈ່າຍທຸກປີ</translation>
    </message>
    <message>
        <location filename="../../engine/outputs/workbook/cells.py" line="+78"/>
        <source>{rate}, ages {first}-{last}</source>
        <translation>{rate}, ອາຍຸ {first}-{last} ປີ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>multiplier m, ages {first}-{last}</source>
        <translation>ຕົວຄູນ m, ອາຍຸ {first}-{last} ປີ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>unemployed, ages {first}-{last}</source>
        <translation>ຜູ້ວ່າງງານ, ອາຍຸ {first}-{last} ປີ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>informal employed, ages {first}-{last}</source>
        <translation>ແຮງງານນອກລະບົບ, ອາຍຸ {first}-{last} ປີ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>population, ages {first}-{last}</source>
        <translation>ພົນລະເມືອງ, ອາຍຸ {first}-{last} ປີ</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+46"/>
        <source>eligible, ages {first}-{last}</source>
        <translation>ຜູ້ທີ່ມີສິດ, ອາຍຸ {first}-{last} ປີ</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>eligible N</source>
        <translation>ຜູ້ທີ່ມີສິດ N</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>eligible, women aged {age}</source>
        <translation>ຜູ້ທີ່ມີສິດ, ເພດຍິງ ອາຍຸ {age} ປີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eligible, men aged {age}</source>
        <translation>ຜູ້ທີ່ມີສິດ, ເພດຊາຍ ອາຍຸ {age} ປີ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>eligible N (given)</source>
        <translation>ຜູ້ທີ່ມີສິດ N (ຕາມທີ່ກຳນົດ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>health workers per 1,000, target</source>
        <translation>ພະນັກງານສາທາລະນະສຸກຕໍ່ 1.000 ຄົນ, ເປົ້າໝາຍ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>health workers per 1,000, today</source>
        <translation>ພະນັກງານສາທາລະນະສຸກຕໍ່ 1.000 ຄົນ, ປັດຈຸບັນ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>population served</source>
        <translation>ພົນລະເມືອງທີ່ໄດ້ຮັບການບໍລິການ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>additional health workers N</source>
        <translation>ພະນັກງານສາທາລະນະສຸກເພີ່ມເຕີມ N</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>eligible N = births x m x share of the year paid</source>
        <translation>ຜູ້ທີ່ມີສິດ N = ການເກີດ x m x ອັດຕາສ່ວນຂອງປີທີ່ຈ່າຍ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>eligible N = births x m</source>
        <translation>ຜູ້ທີ່ມີສິດ N = ການເກີດ x m</translation>
    </message>
    <message>
        <location filename="../../engine/outputs/workbook/inputs.py" line="+116"/>
        <location line="+213"/>
        <source>sex</source>
        <translation>ເພດ</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>age</source>
        <translation>ອາຍຸ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+213"/>
        <source>female</source>
        <translation>ເພດຍິງ</translation>
    </message>
    <message>
        <location line="-213"/>
        <location line="+213"/>
        <source>male</source>
        <translation>ເພດຊາຍ</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>births</source>
        <translation>ການເກີດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>persons</source>
        <translation>ຄົນ</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+139"/>
        <location filename="../../engine/outputs/workbook/scenarios.py" line="+64"/>
        <source>item</source>
        <translation>ລາຍການ</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>base year / unit</source>
        <translation>ປີພື້ນຖານ / ຫົວໜ່ວຍ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>growth</source>
        <translation>ການຂະຫຍາຍຕົວ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../engine/outputs/workbook/words.py" line="+70"/>
        <source>real GDP growth</source>
        <translation>ການຂະຫຍາຍຕົວຂອງ GDP ຕົວຈິງ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GDP deflator growth</source>
        <translation>ການຂະຫຍາຍຕົວຂອງຕົວປັບລາຄາ GDP (deflator)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>consumer price inflation</source>
        <translation>ອັດຕາເງິນເຟີ້ດັດຊະນີລາຄາຜູ້ບໍລິໂພກ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>real wage growth</source>
        <translation>ການຂະຫຍາຍຕົວຂອງຄ່າຈ້າງຕົວຈິງ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>nominal GDP</source>
        <translation>GDP ຕາມລາຄາປັດຈຸບັນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>index</source>
        <translation>ດັດຊະນີ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GDP deflator (base year = 1)</source>
        <translation>ຕົວປັບລາຄາ GDP (deflator) (ປີພື້ນຖານ = 1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>consumer price index (base year = 1)</source>
        <translation>ດັດຊະນີລາຄາຜູ້ບໍລິໂພກ (ປີພື້ນຖານ = 1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wage index (base year = 1)</source>
        <translation>ດັດຊະນີຄ່າຈ້າງ (ປີພື້ນຖານ = 1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>total population</source>
        <translation>ພົນລະເມືອງທັງໝົດ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../engine/outputs/workbook/words.py" line="-57"/>
        <location line="+11"/>
        <source>GDP per person</source>
        <translation>GDP ຕໍ່ຫົວຄົນ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{anchor} (monthly): not given</source>
        <translation>{anchor} (ລາຍເດືອນ): ບໍ່ໄດ້ລະບຸ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{anchor} (monthly, base year in B)</source>
        <translation>{anchor} (ລາຍເດືອນ, ປີພື້ນຖານຢູ່ຖັນ B)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GDP per person, monthly</source>
        <translation>GDP ຕໍ່ຫົວຄົນ, ລາຍເດືອນ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fiscal year starts in month (B); fiscal years are named by their end year</source>
        <translation>ສົກປີງົບປະມານເລີ່ມໃນເດືອນ (B); ແຕ່ລະສົກປີເອີ້ນຕາມປີທີ່ມັນສິ້ນສຸດ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nominal GDP, fiscal year ending in the year</source>
        <translation>GDP ຕາມລາຄາປັດຈຸບັນ, ສົກປີງົບປະມານທີ່ສິ້ນສຸດໃນປີນັ້ນ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unit</source>
        <translation>ຫົວໜ່ວຍ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>government expenditure</source>
        <translation>ລາຍຈ່າຍຂອງລັດ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>government revenue</source>
        <translation>ລາຍຮັບຂອງລັດ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{item} (% of GDP): not given</source>
        <translation>{item} (% ຕໍ່ GDP): ບໍ່ໄດ້ລະບຸ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{item}, share of GDP</source>
        <translation>{item}, ອັດຕາສ່ວນຕໍ່ GDP</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>share</source>
        <translation>ອັດຕາສ່ວນ</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>{item}, fiscal year</source>
        <translation>{item}, ສົກປີງົບປະມານ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>age: participation rate</source>
        <translation>ອາຍຸ: ອັດຕາການເຂົ້າຮ່ວມກຳລັງແຮງງານ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unemployment rate</source>
        <translation>ອັດຕາການວ່າງງານ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>informal share of the employed</source>
        <translation>ອັດຕາສ່ວນແຮງງານນອກລະບົບ</translation>
    </message>
    <message>
        <location filename="../../engine/outputs/workbook/scenarios.py" line="+0"/>
        <source>parameter</source>
        <translatorcomment>A scenario&apos;s input in column B of its sheet (benefit, months, take-up...).</translatorcomment>
        <translation>ຄ່າກຳນົດ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({kind}, {status})</source>
        <translation>{name} ({kind}, {status})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not costed: {reason}</source>
        <translation>ບໍ່ໄດ້ຄິດໄລ່ຄ່າໃຊ້ຈ່າຍ: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>administration rate alpha</source>
        <translation>ອັດຕາຄ່າໃຊ້ຈ່າຍໃນການບໍລິຫານ alpha</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fixed administration F</source>
        <translation>ຄ່າໃຊ້ຈ່າຍໃນການບໍລິຫານຄົງທີ່ F</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>benefit outlay BC = TU x N x A</source>
        <translation>ລາຍຈ່າຍເງິນອຸດໜູນ BC = TU x N x A</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>administration AC = alpha x BC + F</source>
        <translation>ຄ່າໃຊ້ຈ່າຍໃນການບໍລິຫານ AC = alpha x BC + F</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>total cost C = BC + AC</source>
        <translation>ຄ່າໃຊ້ຈ່າຍທັງໝົດ C = BC + AC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C at base-year prices</source>
        <translation>C ຕາມລາຄາປີພື້ນຖານ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>beneficiaries TU x N</source>
        <translation>ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ TU x N</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>% of GDP</source>
        <translation>% ຕໍ່ GDP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>% of government expenditure</source>
        <translation>% ຂອງລາຍຈ່າຍຂອງລັດ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>first year</source>
        <translation>ປີທຳອິດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts paying in month</source>
        <translation>ເລີ່ມຈ່າຍໃນເດືອນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share of the year paid</source>
        <translation>ອັດຕາສ່ວນຂອງປີທີ່ຈ່າຍ</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>share of the year&apos;s flows in the fiscal year ending in it</source>
        <translation>ອັດຕາສ່ວນຂອງກະແສເງິນຂອງປີ ໃນສົກປີງົບປະມານທີ່ສິ້ນສຸດໃນປີນັ້ນ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>total cost C, fiscal year ending in the year</source>
        <translation>ຄ່າໃຊ້ຈ່າຍທັງໝົດ C, ສົກປີງົບປະມານທີ່ສິ້ນສຸດໃນປີນັ້ນ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>% of GDP, fiscal year</source>
        <translation>% ຕໍ່ GDP, ສົກປີງົບປະມານ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>% of government expenditure, fiscal year</source>
        <translation>% ຂອງລາຍຈ່າຍຂອງລັດ, ສົກປີງົບປະມານ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>take-up TU (per year)</source>
        <translation>ອັດຕາການເຂົ້າຮັບສິດ TU (ແຕ່ລະປີ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take-up at start</source>
        <translation>ອັດຕາການເຂົ້າຮັບສິດຕອນເລີ່ມຕົ້ນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take-up target</source>
        <translation>ອັດຕາການເຂົ້າຮັບສິດເປົ້າໝາຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ramp start year</source>
        <translation>ປີເລີ່ມຕົ້ນການຂະຫຍາຍເທື່ອລະກ້າວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ramp target year</source>
        <translation>ປີເປົ້າໝາຍຂອງການຂະຫຍາຍເທື່ອລະກ້າວ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>take-up TU (ramp)</source>
        <translation>ອັດຕາການເຂົ້າຮັບສິດ TU (ຂະຫຍາຍເທື່ອລະກ້າວ)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>days of work a year</source>
        <translation>ຈຳນວນມື້ເຮັດວຽກຕໍ່ປີ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>daily wage, % of the minimum wage</source>
        <translation>ຄ່າແຮງງານລາຍວັນ, % ຂອງຄ່າແຮງງານຂັ້ນຕ່ຳ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>working days a month</source>
        <translation>ວັນເຮັດວຽກຕໍ່ເດືອນ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>non-wage share</source>
        <translation>ສ່ວນທີ່ບໍ່ແມ່ນຄ່າຈ້າງ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>annual pay A</source>
        <translation>ຄ່າຈ້າງປະຈຳປີ A</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cost per person a year (base year)</source>
        <translation>ຄ່າໃຊ້ຈ່າຍຕໍ່ຄົນຕໍ່ປີ (ປີພື້ນຖານ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>health inflation above CPI</source>
        <translation>ອັດຕາເງິນເຟີ້ດ້ານສຸຂະພາບ ທີ່ສູງກວ່າດັດຊະນີລາຄາຜູ້ບໍລິໂພກ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>annual cost per person A</source>
        <translation>ຄ່າໃຊ້ຈ່າຍປະຈຳປີຕໍ່ຄົນ A</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>salary, x the average wage</source>
        <translation>ເງິນເດືອນ, ເທົ່າຂອງຄ່າຈ້າງສະເລ່ຍ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>non-staff costs, x salaries</source>
        <translation>ຄ່າໃຊ້ຈ່າຍທີ່ບໍ່ແມ່ນບຸກຄະລາກອນ, ເທົ່າຂອງເງິນເດືອນ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>annual cost per worker A</source>
        <translation>ຄ່າໃຊ້ຈ່າຍປະຈຳປີຕໍ່ພະນັກງານ A</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>months paid a year</source>
        <translation>ຈຳນວນເດືອນທີ່ຈ່າຍຕໍ່ປີ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>months paid in the year</source>
        <translation>ຈຳນວນເດືອນທີ່ຈ່າຍໃນປີນັ້ນ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>annual benefit A = b x months</source>
        <translation>ເງິນອຸດໜູນປະຈຳປີ A = b x ຈຳນວນເດືອນ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>benefit, % of the {anchor}</source>
        <translation>ເງິນອຸດໜູນ, % ຂອງ {anchor}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <source>monthly benefit b</source>
        <translation>ເງິນອຸດໜູນລາຍເດືອນ b</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>monthly benefit, base year</source>
        <translation>ເງິນອຸດໜູນລາຍເດືອນ, ປີພື້ນຖານ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(indexed: {indexation})</source>
        <translation>(ການປັບຕາມດັດຊະນີ: {indexation})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>, ages {first}-{last}</source>
        <translation>, ອາຍຸ {first}-{last} ປີ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>monthly benefit b, average over the eligible persons</source>
        <translation>ເງິນອຸດໜູນລາຍເດືອນ b, ສະເລ່ຍຕໍ່ຜູ້ທີ່ມີສິດ</translation>
    </message>
    <message>
        <location filename="../../engine/outputs/workbook/words.py" line="-14"/>
        <source>poverty line</source>
        <translation>ເສັ້ນຄວາມທຸກຍາກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minimum wage</source>
        <translation>ຄ່າແຮງງານຂັ້ນຕ່ຳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>average wage</source>
        <translation>ຄ່າຈ້າງສະເລ່ຍ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>share targeted</source>
        <translation>ອັດຕາສ່ວນເປົ້າໝາຍ</translation>
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
        <location line="+3"/>
        <source>not indexed</source>
        <translation>ບໍ່ປັບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prices</source>
        <translation>ລາຄາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wages</source>
        <translation>ຄ່າຈ້າງ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cash benefit by age</source>
        <translation>ເງິນອຸດໜູນຕາມອາຍຸ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disability benefit</source>
        <translation>ເງິນອຸດໜູນຄົນພິການ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maternity benefit</source>
        <translation>ເງິນອຸດໜູນອອກລູກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unemployment benefit</source>
        <translation>ເງິນອຸດໜູນວ່າງງານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public works</source>
        <translation>ໂຄງການວຽກງານສາທາລະນະ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contribution subsidy</source>
        <translation>ການອຸດໜູນເງິນສົມທົບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health: cost per person</source>
        <translation>ສຸຂະພາບ: ຄ່າໃຊ້ຈ່າຍຕໍ່ຄົນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health: staffing</source>
        <translation>ສຸຂະພາບ: ບຸກຄະລາກອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>custom beneficiaries</source>
        <translation>ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດທີ່ກຳນົດເອງ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>existing</source>
        <translation>ທີ່ມີຢູ່ແລ້ວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proposed</source>
        <translation>ທີ່ສະເໜີ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>draft</source>
        <translation>ຮ່າງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discussed</source>
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
        <location line="+4"/>
        <source>health care</source>
        <translation>ການປິ່ນປົວສຸຂະພາບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>children</source>
        <translation>ເດັກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working age</source>
        <translation>ຜູ້ຢູ່ໃນໄວອອກແຮງງານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>older persons</source>
        <translation>ຜູ້ສູງອາຍຸ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>guarantee</source>
        <translation>ການຄໍ້າປະກັນ</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>scenarios</source>
        <translation>ສະຖານະການສົມມຸດ</translation>
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
        <source>status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status date</source>
        <translation>ວັນທີຂອງສະຖານະ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>inflation (CPI and GDP deflator)</source>
        <translation>ອັດຕາເງິນເຟີ້ (CPI ແລະ ຕົວປັບລາຄາ GDP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take-up</source>
        <translation>ການເຂົ້າຮັບສິດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>benefit level</source>
        <translation>ລະດັບເງິນອຸດໜູນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administration rate</source>
        <translation>ອັດຕາຄ່າບໍລິຫານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>population (WPP 2024 bounds)</source>
        <translation>ພົນລະເມືອງ (ຂອບເຂດ WPP 2024)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the project&apos;s ranges</source>
        <translation>ຂອບເຂດຂອງໂປຣເຈັກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default ranges</source>
        <translation>ຂອບເຂດມາດຕະຖານ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re-allocating public expenditure</source>
        <translation>ການຈັດສັນລາຍຈ່າຍຂອງລັດຄືນໃໝ່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Increasing tax revenue</source>
        <translation>ການເພີ່ມລາຍຮັບຈາກອາກອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social security coverage and contributions</source>
        <translation>ການຂະຫຍາຍປະກັນສັງຄົມ ແລະ ເງິນສົມທົບ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aid and transfers</source>
        <translation>ການຊ່ວຍເຫຼືອ ແລະ ເງິນໂອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eliminating illicit financial flows</source>
        <translation>ການກຳຈັດກະແສການເງິນທີ່ຜິດກົດໝາຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal and foreign exchange reserves</source>
        <translation>ເງິນສຳຮອງງົບປະມານ ແລະ ເງິນຕາຕ່າງປະເທດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borrowing or restructuring debt</source>
        <translation>ການກູ້ຢືມ ຫຼື ການປັບໂຄງສ້າງໜີ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A more accommodating macroeconomic framework</source>
        <translation>ກອບເສດຖະກິດມະຫາພາກທີ່ຜ່ອນຄາຍກວ່າ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation>ອື່ນໆ</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../gui/workshop/view.py" line="+59"/>
        <source>{percent} of the poverty line = {amount} {currency} a month in {year}</source>
        <translation>{percent} ຂອງເສັ້ນຄວາມທຸກຍາກ = {amount} {currency} ຕໍ່ເດືອນ ໃນປີ {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{percent} of the minimum wage = {amount} {currency} a month in {year}</source>
        <translation>{percent} ຂອງຄ່າແຮງງານຂັ້ນຕ່ຳ = {amount} {currency} ຕໍ່ເດືອນ ໃນປີ {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{percent} of the average wage = {amount} {currency} a month in {year}</source>
        <translation>{percent} ຂອງຄ່າຈ້າງສະເລ່ຍ = {amount} {currency} ຕໍ່ເດືອນ ໃນປີ {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{percent} of GDP per person = {amount} {currency} a month in {year}</source>
        <translation>{percent} ຂອງ GDP ຕໍ່ຫົວຄົນ = {amount} {currency} ຕໍ່ເດືອນ ໃນປີ {year}</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+33"/>
        <location line="+217"/>
        <source>{name}: {lever}</source>
        <translation>{name}: {lever}</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <location line="-135"/>
        <source>ABND Studio — workshop</source>
        <translation>ABND Studio — ກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ABND Studio — what if</source>
        <translation>ABND Studio — ຈະເປັນແນວໃດຖ້າ</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The chart: the cost by scheme, or the financing sources</source>
        <translation>ເສັ້ນສະແດງ: ຄ່າໃຊ້ຈ່າຍຕາມລະບອບ, ຫຼື ແຫຼ່ງສະໜອງທຶນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost by scheme</source>
        <translation>ຄ່າໃຊ້ຈ່າຍຕາມລະບອບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financing</source>
        <translation>ການສະໜອງທຶນ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pin an assumption...</source>
        <translatorcomment>Native review: ປັກໝຸດ is not in the glossary (pin (an assumption)), composed.</translatorcomment>
        <translation>ປັກໝຸດຂໍ້ສົມມຸດຖານ…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave workshop mode (Esc)</source>
        <translatorcomment>Native review: ໂໝດກອງປະຊຸມ is not in the glossary (workshop mode), loanword ໂໝດ + ກອງປະຊຸມ (glossary: workshop).</translatorcomment>
        <translation>ອອກຈາກໂໝດກອງປະຊຸມ (Esc)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close (Esc)</source>
        <translation>ປິດ (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What if: nothing here changes the project until you keep it.</source>
        <translation>ຈະເປັນແນວໃດຖ້າ: ບໍ່ມີຫຍັງຢູ່ນີ້ປ່ຽນແປງໂຄງການ ຈົນກວ່າທ່ານຈະເລືອກເກັບໄວ້.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Package:</source>
        <translatorcomment>Native review: ຊຸດສິດທິປະໂຫຍດ is proposed (glossary: package (of benefits)), composed (ຊຸດ + ສິດທິປະໂຫຍດ), no Lao source.</translatorcomment>
        <translation>ຊຸດສິດທິປະໂຫຍດ:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&lt;b&gt;In the package&lt;/b&gt;</source>
        <translatorcomment>Native review: ຊຸດສິດທິປະໂຫຍດ is proposed (glossary: package (of benefits)), composed (ຊຸດ + ສິດທິປະໂຫຍດ), no Lao source.</translatorcomment>
        <translation>&lt;b&gt;ໃນຊຸດສິດທິປະໂຫຍດ&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Financed by&lt;/b&gt;</source>
        <translation>&lt;b&gt;ສະໜອງທຶນໂດຍ&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Assumptions&lt;/b&gt;</source>
        <translation>&lt;b&gt;ຂໍ້ສົມມຸດຖານ&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{amount} {currency} a month</source>
        <translation>{amount} {currency} ຕໍ່ເດືອນ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} {currency} a year</source>
        <translation>{amount} {currency} ຕໍ່ປີ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{percent} of the anchor</source>
        <translation>{percent} ຂອງຖານອ້າງອີງ</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Toggle {name}</source>
        <translation>ເປີດ/ປິດ {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Toggle {id}</source>
        <translation>ເພີ່ມ ຫຼື ເອົາອອກ {id}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No package yet</source>
        <translation>ຍັງບໍ່ມີຊຸດສິດທິປະໂຫຍດ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a package in Scenarios &gt; Packages (a set of scenarios costed together), then come back to workshop mode.</source>
        <translation>ສ້າງຊຸດສິດທິປະໂຫຍດທີ່ ສະຖານະການສົມມຸດ &gt; ຊຸດສິດທິປະໂຫຍດ (ກຸ່ມສະຖານະການສົມມຸດທີ່ຄິດໄລ່ຄ່າໃຊ້ຈ່າຍຮ່ວມກັນ), ແລ້ວກັບມາທີ່ໂໝດກອງປະຊຸມ.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+24"/>
        <source>Workshop changes</source>
        <translation>ການປ່ຽນແປງໃນກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave the what-if</source>
        <translation>ອອກຈາກການທົດລອງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the changes made here in the project?</source>
        <translation>ເກັບການປ່ຽນແປງທີ່ເຮັດຢູ່ນີ້ໄວ້ໃນໂຄງການບໍ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep: they become one edit of the project, which Undo takes back. Discard: the project stays exactly as it was saved.</source>
        <translation>ເກັບໄວ້: ພວກມັນຈະກາຍເປັນການແກ້ໄຂດຽວຂອງໂຄງການ ທີ່ສາມາດຍ້ອນຄືນໄດ້. ຍົກເລີກ: ໂຄງການຍັງຄືເກົ່າ ຕາມທີ່ບັນທຶກໄວ້.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep these changes</source>
        <translation>ເກັບການປ່ຽນແປງເຫຼົ່ານີ້ໄວ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>ຍົກເລີກການປ່ຽນແປງ</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Set {lever} of {name}</source>
        <translation>ປັບ {lever} ຂອງ {name}</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+14"/>
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
