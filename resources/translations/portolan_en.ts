<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Portolan::HostItem</name>
        <message numerus="yes">
            <location filename="../../views/hostitem.cpp" line="56" />
            <source>+%n more</source>
            <translation>
                <numerusform>+%n more</numerusform>
                <numerusform>+%n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Portolan::Inspector</name>
        <message numerus="yes">
            <location filename="../../views/inspector.cpp" line="216" />
            <source>%n hosts selected</source>
            <translation>
                <numerusform>%n host selected</numerusform>
                <numerusform>%n hosts selected</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Portolan::MainWindow</name>
        <message numerus="yes">
            <location filename="../../app/mainwindow.cpp" line="860" />
            <source>Wrote %n rule(s) to %1</source>
            <translation>
                <numerusform>Wrote %n rule to %1</numerusform>
                <numerusform>Wrote %n rules to %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/mainwindow.cpp" line="977" />
            <source>%n host(s)</source>
            <translation>
                <numerusform>%n host</numerusform>
                <numerusform>%n hosts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/mainwindow.cpp" line="978" />
            <source>%n arrow(s)</source>
            <translation>
                <numerusform>%n arrow</numerusform>
                <numerusform>%n arrows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/mainwindow.cpp" line="979" />
            <source>%n rule(s)</source>
            <translation>
                <numerusform>%n rule</numerusform>
                <numerusform>%n rules</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/mainwindow.cpp" line="980" />
            <source>%n finding(s), %1</source>
            <translation>
                <numerusform>%n finding, %1</numerusform>
                <numerusform>%n findings, %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/mainwindow.cpp" line="981" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/mainwindow.cpp" line="982" />
            <source>%n finding(s)</source>
            <translation>
                <numerusform>%n finding</numerusform>
                <numerusform>%n findings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/mainwindow.cpp" line="983" />
            <source>%1 of %n rule(s)</source>
            <translation>
                <numerusform>%1 of %n rule</numerusform>
                <numerusform>%1 of %n rules</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Portolan::MoveHostsCommand</name>
        <message numerus="yes">
            <location filename="../../views/undocommands.cpp" line="66" />
            <location filename="../../views/undocommands.cpp" line="78" />
            <source>Move %n host(s)</source>
            <translation>
                <numerusform>Move %n host</numerusform>
                <numerusform>Move %n hosts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Portolan::RemoveHostsCommand</name>
        <message numerus="yes">
            <location filename="../../views/undocommands.cpp" line="28" />
            <source>Delete %n host(s)</source>
            <translation>
                <numerusform>Delete %n host</numerusform>
                <numerusform>Delete %n hosts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Portolan::TopologyScene</name>
        <message numerus="yes">
            <location filename="../../views/topologyscene.cpp" line="975" />
            <source>Duplicate %n host(s)</source>
            <translation>
                <numerusform>Duplicate %n host</numerusform>
                <numerusform>Duplicate %n hosts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../views/topologyscene.cpp" line="1027" />
            <source>Paste %n host(s)</source>
            <translation>
                <numerusform>Paste %n host</numerusform>
                <numerusform>Paste %n hosts</numerusform>
            </translation>
        </message>
    </context>
</TS>
