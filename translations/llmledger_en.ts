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
<context>
    <name>RetentionScheduler</name>
    <message numerus="yes">
        <location filename="../app/retentionscheduler.cpp" line="91"/>
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln call</numerusform>
            <numerusform>%Ln calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/retentionscheduler.cpp" line="93"/>
        <source>%1: deleted %2 older than %Ln day(s).</source>
        <translation>
            <numerusform>%1: deleted %2 older than %Ln day.</numerusform>
            <numerusform>%1: deleted %2 older than %Ln days.</numerusform>
        </translation>
    </message>
</context>
</TS>
