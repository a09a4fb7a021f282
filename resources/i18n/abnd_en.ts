<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CompareView</name>
    <message numerus="yes">
        <location filename="../../gui/history/compare.py" line="+175"/>
        <source>%n assumption(s) differ</source>
        <translation>
            <numerusform>%n assumption differs</numerusform>
            <numerusform>%n assumptions differ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n cell(s) differ</source>
        <translation>
            <numerusform>%n cell differs</numerusform>
            <numerusform>%n cells differ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsultationPanel</name>
    <message numerus="yes">
        <location filename="../../gui/matrix/consultation.py" line="+109"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <location filename="../../gui/history/panel.py" line="+136"/>
        <source>%n change(s) shown</source>
        <translation>
            <numerusform>%n change shown</numerusform>
            <numerusform>%n changes shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message numerus="yes">
        <location filename="../../gui/matrix/tab.py" line="+425"/>
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Delete %n row</numerusform>
            <numerusform>Delete %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) deleted.</source>
        <translation>
            <numerusform>%n row deleted.</numerusform>
            <numerusform>%n rows deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <location filename="../../gui/history/merge_dialog.py" line="+106"/>
        <source>%n change(s) merge by themselves.</source>
        <translation>
            <numerusform>%n change merges by itself.</numerusform>
            <numerusform>%n changes merge by themselves.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n edit(s) of its history come with them.</source>
        <translation>
            <numerusform>%n edit of its history comes with it.</numerusform>
            <numerusform>%n edits of its history come with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n field(s) were changed differently here and there: choose what to keep for each.</source>
        <translation>
            <numerusform>%n field was changed differently here and there: choose what to keep.</numerusform>
            <numerusform>%n fields were changed differently here and there: choose what to keep for each.</numerusform>
        </translation>
    </message>
</context>
</TS>
