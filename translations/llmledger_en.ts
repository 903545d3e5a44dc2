<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ProxyStatus</name>
    <message numerus="yes">
        <location filename="../app/proxystatus.cpp" line="43"/>
        <source> (+%n call(s) without a known price)</source>
        <translation>
            <numerusform> (+%n call without a known price)</numerusform>
            <numerusform> (+%n calls without a known price)</numerusform>
        </translation>
    </message>
</context>
</TS>
