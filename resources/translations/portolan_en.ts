<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Portolan::CanvasClipboard</name>
        <message numerus="yes">
            <location filename="../../views/canvasclipboard.cpp" line="72" />
            <source>Duplicate %n host(s)</source>
            <translation>
                <numerusform>Duplicate %n host</numerusform>
                <numerusform>Duplicate %n hosts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../views/canvasclipboard.cpp" line="126" />
            <source>Paste %n host(s)</source>
            <translation>
                <numerusform>Paste %n host</numerusform>
                <numerusform>Paste %n hosts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Portolan::Cli</name>
        <message numerus="yes">
            <location filename="../../app/cliimport.cpp" line="136" />
            <source>… and %n more error(s)</source>
            <translation>
                <numerusform>… and %n more error</numerusform>
                <numerusform>… and %n more errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/cliimport.cpp" line="139" />
            <source>%1: nothing imported: %n error(s)</source>
            <translation>
                <numerusform>%1: nothing imported: %n error</numerusform>
                <numerusform>%1: nothing imported: %n errors</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Portolan::ExportActions</name>
        <message numerus="yes">
            <location filename="../../app/exportactions.cpp" line="116" />
            <source>Writing %n rule(s)…</source>
            <translation>
                <numerusform>Writing %n rule…</numerusform>
                <numerusform>Writing %n rules…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/exportactions.cpp" line="174" />
            <source>Wrote %n rule(s) to %1</source>
            <translation>
                <numerusform>Wrote %n rule to %1</numerusform>
                <numerusform>Wrote %n rules to %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/exportactions.cpp" line="345" />
            <source>The document has %n page(s).</source>
            <translation>
                <numerusform>The document has %n page.</numerusform>
                <numerusform>The document has %n pages.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/exportactions.cpp" line="348" />
            <source>Preview only the diagram page and the first %n page(s) of the table? Printing from the preview still prints every page.</source>
            <translation>
                <numerusform>Preview only the diagram page and the first page of the table? Printing from the preview still prints every page.</numerusform>
                <numerusform>Preview only the diagram page and the first %n pages of the table? Printing from the preview still prints every page.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Portolan::FlowBundleItem</name>
        <message numerus="yes">
            <location filename="../../views/flowbundleitem.cpp" line="28" />
            <source>%1 · %n host pair(s)</source>
            <translation>
                <numerusform>%1 · %n host pair</numerusform>
                <numerusform>%1 · %n host pairs</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Portolan::HostItem</name>
        <message numerus="yes">
            <location filename="../../views/hostitem.cpp" line="74" />
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
            <location filename="../../views/inspector.cpp" line="220" />
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
            <location filename="../../app/mainwindow.cpp" line="487" />
            <source>The selection has %n more flow(s) than the canvas draws as arrows; they are in the bundles and the rule table.</source>
            <translation>
                <numerusform>The selection has %n more flow than the canvas draws as arrows; it is in the bundles and the rule table.</numerusform>
                <numerusform>The selection has %n more flows than the canvas draws as arrows; they are in the bundles and the rule table.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/mainwindow.cpp" line="635" />
            <source>%n host(s)</source>
            <translation>
                <numerusform>%n host</numerusform>
                <numerusform>%n hosts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/mainwindow.cpp" line="636" />
            <source>%n arrow(s)</source>
            <translation>
                <numerusform>%n arrow</numerusform>
                <numerusform>%n arrows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/mainwindow.cpp" line="637" />
            <source>%n rule(s)</source>
            <translation>
                <numerusform>%n rule</numerusform>
                <numerusform>%n rules</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/mainwindow.cpp" line="638" />
            <source>%n finding(s), %1</source>
            <translation>
                <numerusform>%n finding, %1</numerusform>
                <numerusform>%n findings, %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/mainwindow.cpp" line="639" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/mainwindow.cpp" line="640" />
            <source>%n finding(s)</source>
            <translation>
                <numerusform>%n finding</numerusform>
                <numerusform>%n findings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Portolan::MoveHostsCommand</name>
        <message numerus="yes">
            <location filename="../../views/undocommands.cpp" line="77" />
            <location filename="../../views/undocommands.cpp" line="88" />
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
            <location filename="../../views/undocommands.cpp" line="41" />
            <source>Delete %n host(s)</source>
            <translation>
                <numerusform>Delete %n host</numerusform>
                <numerusform>Delete %n hosts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Portolan::RuleDock</name>
        <message numerus="yes">
            <location filename="../../views/ruledock.cpp" line="156" />
            <source>%1 of %n rule(s)</source>
            <translation>
                <numerusform>%1 of %n rule</numerusform>
                <numerusform>%1 of %n rules</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Portolan::UndoCommands</name>
        <message numerus="yes">
            <location filename="../../views/undocommands.cpp" line="138" />
            <source>Import %n host(s)</source>
            <translation>
                <numerusform>Import %n host</numerusform>
                <numerusform>Import %n hosts</numerusform>
            </translation>
        </message>
    </context>
</TS>
