<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A German test translation for tst_settingslanguage: one C++ and one QML string. -->
<TS version="2.1" language="de_DE">
<context>
    <name>TestLanguage</name>
    <message>
        <source>Hello</source>
        <translation>Hallo</translation>
    </message>
</context>
<context>
    <name>Greeting</name>
    <message>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
</context>
</TS>
