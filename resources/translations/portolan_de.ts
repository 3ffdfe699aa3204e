<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>Portolan::Address</name>
        <message>
            <location filename="../../model/address.cpp" line="53" />
            <source>an IPv4 address needs four dot-separated numbers, '%1' has %2</source>
            <translation>eine IPv4-Adresse braucht vier durch Punkte getrennte Zahlen, '%1' hat %2</translation>
        </message>
        <message>
            <location filename="../../model/address.cpp" line="59" />
            <source>'%1' has an empty field</source>
            <translation>'%1' hat ein leeres Feld</translation>
        </message>
        <message>
            <location filename="../../model/address.cpp" line="63" />
            <source>'%1' is not a decimal number in '%2'</source>
            <translation>'%1' in '%2' ist keine Dezimalzahl</translation>
        </message>
        <message>
            <location filename="../../model/address.cpp" line="66" />
            <source>'%1' has a leading zero in '%2' (it would be read as octal elsewhere)</source>
            <translation>'%1' in '%2' hat eine führende Null (anderswo würde sie als Oktalzahl gelesen)</translation>
        </message>
        <message>
            <location filename="../../model/address.cpp" line="71" />
            <source>'%1' is larger than 255 in '%2'</source>
            <translation>'%1' in '%2' ist größer als 255</translation>
        </message>
        <message>
            <location filename="../../model/address.cpp" line="88" />
            <source>'%1' has an empty group (a single ':' where '::' or a group belongs)</source>
            <translation>'%1' hat eine leere Gruppe (ein einzelnes ':', wo '::' oder eine Gruppe hingehört)</translation>
        </message>
        <message>
            <location filename="../../model/address.cpp" line="95" />
            <source>'%1' has an IPv4 part that is not at its end</source>
            <translation>'%1' hat einen IPv4-Teil, der nicht am Ende steht</translation>
        </message>
        <message>
            <location filename="../../model/address.cpp" line="100" />
            <source>the IPv4 part of '%1' is invalid: %2</source>
            <translation>der IPv4-Teil von '%1' ist ungültig: %2</translation>
        </message>
        <message>
            <location filename="../../model/address.cpp" line="106" />
            <source>the group '%1' in '%2' has more than four hex digits</source>
            <translation>die Gruppe '%1' in '%2' hat mehr als vier Hexadezimalziffern</translation>
        </message>
        <message>
            <location filename="../../model/address.cpp" line="112" />
            <source>'%1' contains '%2', which is not allowed in an IPv6 address</source>
            <translation>'%1' enthält '%2', das in einer IPv6-Adresse nicht erlaubt ist</translation>
        </message>
        <message>
            <location filename="../../model/address.cpp" line="125" />
            <source>'%1' has a zone id; zone ids are local to one machine and cannot be used in firewall rules</source>
            <translation>'%1' hat eine Zonen-ID; Zonen-IDs gelten nur auf einem Rechner und können in Firewallregeln nicht verwendet werden</translation>
        </message>
        <message>
            <location filename="../../model/address.cpp" line="129" />
            <source>'%1' has three colons in a row</source>
            <translation>'%1' hat drei Doppelpunkte hintereinander</translation>
        </message>
        <message>
            <location filename="../../model/address.cpp" line="132" />
            <source>'%1' uses '::' more than once</source>
            <translation>'%1' verwendet '::' mehr als einmal</translation>
        </message>
        <message>
            <location filename="../../model/address.cpp" line="139" />
            <source>'%1' has %2 groups; an IPv6 address has 8 (or uses '::')</source>
            <translation>'%1' hat %2 Gruppen; eine IPv6-Adresse hat 8 (oder verwendet '::')</translation>
        </message>
        <message>
            <location filename="../../model/address.cpp" line="151" />
            <source>'%1' has too many groups for '::' to stand for any</source>
            <translation>'%1' hat zu viele Gruppen, als dass '::' noch für welche stehen könnte</translation>
        </message>
        <message>
            <location filename="../../model/address.cpp" line="168" />
            <source>the address is empty</source>
            <translation>die Adresse ist leer</translation>
        </message>
        <message>
            <location filename="../../model/address.cpp" line="172" />
            <source>'%1' has white space around it</source>
            <translation>'%1' ist von Leerraum umgeben</translation>
        </message>
        <message>
            <location filename="../../model/address.cpp" line="184" />
            <source>'%1' holds %2 addresses; give one address at a time</source>
            <translation>'%1' enthält %2 Adressen; geben Sie eine Adresse nach der anderen an</translation>
        </message>
        <message>
            <location filename="../../model/address.cpp" line="200" />
            <source>'%1' is a host name, not an address; give its IP address (for example from 'nslookup %1')</source>
            <translation>'%1' ist ein Hostname, keine Adresse; geben Sie seine IP-Adresse an (zum Beispiel aus 'nslookup %1')</translation>
        </message>
        <message>
            <location filename="../../model/address.cpp" line="214" />
            <source>'%1' has no address before the prefix length</source>
            <translation>'%1' hat keine Adresse vor der Präfixlänge</translation>
        </message>
        <message>
            <location filename="../../model/address.cpp" line="218" />
            <source>the prefix length '%1' in '%2' is not a decimal number</source>
            <translation>die Präfixlänge '%1' in '%2' ist keine Dezimalzahl</translation>
        </message>
        <message>
            <location filename="../../model/address.cpp" line="223" />
            <source>the prefix length '%1' in '%2' has a leading zero</source>
            <translation>die Präfixlänge '%1' in '%2' hat eine führende Null</translation>
        </message>
        <message>
            <location filename="../../model/address.cpp" line="244" />
            <source>the prefix length /%1 in '%2' is longer than the %3 bits of an %4 address</source>
            <translation>die Präfixlänge /%1 in '%2' ist länger als die %3 Bit einer %4-Adresse</translation>
        </message>
        <message>
            <location filename="../../model/address.cpp" line="257" />
            <source>'%1' has host bits set; the network is %2</source>
            <translation>in '%1' sind Hostbits gesetzt; das Netzwerk ist %2</translation>
        </message>
    </context>
    <context>
        <name>Portolan::AnyMarkerItem</name>
        <message>
            <location filename="../../views/anymarkeritem.cpp" line="15" />
            <location filename="../../views/legenditem.cpp" line="40" />
            <source>Any</source>
            <translation>Beliebig</translation>
        </message>
        <message>
            <location filename="../../views/anymarkeritem.cpp" line="23" />
            <source>Any source address: these flows are allowed from every address (source "any").</source>
            <translation>Beliebige Quelladresse: Diese Verbindungen sind von jeder Adresse aus erlaubt (Quelle „any“).</translation>
        </message>
    </context>
    <context>
        <name>Portolan::Autosave</name>
        <message>
            <location filename="../../app/autosave.cpp" line="91" />
            <source>Cannot create the recovery folder %1.</source>
            <translation>Der Wiederherstellungsordner %1 kann nicht angelegt werden.</translation>
        </message>
        <message>
            <location filename="../../app/autosave.cpp" line="97" />
            <source>Cannot lock the recovery copy in %1.</source>
            <translation>Die Wiederherstellungskopie in %1 kann nicht gesperrt werden.</translation>
        </message>
    </context>
    <context>
        <name>Portolan::CanvasClipboard</name>
        <message numerus="yes">
            <location filename="../../views/canvasclipboard.cpp" line="72" />
            <source>Duplicate %n host(s)</source>
            <translation>
                <numerusform>%n Host duplizieren</numerusform>
                <numerusform>%n Hosts duplizieren</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../views/canvasclipboard.cpp" line="124" />
            <source>clipboard</source>
            <translation>Zwischenablage</translation>
        </message>
        <message numerus="yes">
            <location filename="../../views/canvasclipboard.cpp" line="126" />
            <source>Paste %n host(s)</source>
            <translation>
                <numerusform>%n Host einfügen</numerusform>
                <numerusform>%n Hosts einfügen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Portolan::CanvasView</name>
        <message>
            <location filename="../../views/canvasview.cpp" line="30" />
            <source>Topology canvas</source>
            <translation>Topologie-Zeichenfläche</translation>
        </message>
        <message>
            <location filename="../../views/canvasview.cpp" line="31" />
            <source>Hosts and the firewall flows between them</source>
            <translation>Hosts und die Firewallverbindungen zwischen ihnen</translation>
        </message>
    </context>
    <context>
        <name>Portolan::Catalog</name>
        <message>
            <location filename="../../model/catalog.cpp" line="44" />
            <source>is not a catalog field (see docs/catalog-format.md)</source>
            <translation>ist kein Katalogfeld (siehe docs/catalog-format.md)</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="56" />
            <source>is empty</source>
            <translation>ist leer</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="60" />
            <source>is %1 characters long; at most %2 are allowed</source>
            <translation>ist %1 Zeichen lang; höchstens %2 sind erlaubt</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="62" />
            <source>contains a control character</source>
            <translation>enthält ein Steuerzeichen</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="70" />
            <source>'%1' is not an id: use a-z, 0-9 and '-', at most %2 characters, starting with a letter or digit</source>
            <translation>'%1' ist keine ID: a-z, 0-9 und '-' verwenden, höchstens %2 Zeichen, am Anfang ein Buchstabe oder eine Ziffer</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="100" />
            <source>lists %1 %2; at most %3 are allowed</source>
            <translation>nennt %1 %2; höchstens %3 sind erlaubt</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="112" />
            <source>lists no role</source>
            <translation>nennt keine Rolle</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="119" />
            <source>names an unknown role '%1'</source>
            <translation>nennt die unbekannte Rolle '%1'</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="120" />
            <source>must list role ids, not %1</source>
            <translation>muss Rollen-IDs auflisten, nicht %1</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="124" />
            <source>names the role '%1' twice</source>
            <translation>nennt die Rolle '%1' zweimal</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="133" />
            <source>names the pseudo-role '%1' beside other roles</source>
            <translation>nennt die Pseudorolle '%1' neben anderen Rollen</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="149" />
            <source>cannot stand beside '%1'; give one of them</source>
            <translation>kann nicht neben '%1' stehen; nur eines davon angeben</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="155" />
            <source>must be [first, last]</source>
            <translation>muss [erster, letzter] sein</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="159" />
            <source>is not a port range within 1-65535</source>
            <translation>ist kein Portbereich innerhalb von 1-65535</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="181" />
            <source>'%1' is not a built-in icon</source>
            <translation>'%1' ist kein eingebautes Symbol</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="185" />
            <source>must name a built-in icon (:/icons/roles/NAME.svg)</source>
            <translation>muss ein eingebautes Symbol nennen (:/icons/roles/NAME.svg)</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="193" />
            <source>'%1' must be an .svg file name relative to the catalog's folder</source>
            <translation>'%1' muss ein .svg-Dateiname relativ zum Ordner des Katalogs sein</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="198" />
            <source>names the file '%1', which is not beside the catalog</source>
            <translation>nennt die Datei '%1', die nicht neben dem Katalog liegt</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="202" />
            <source>names the file '%1', which is over %2 MB</source>
            <translation>nennt die Datei '%1', die größer als %2 MB ist</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="316" />
            <source>%1: the catalog is %2 bytes; catalogs are at most %3 bytes</source>
            <translation>%1: der Katalog hat %2 Bytes; Kataloge haben höchstens %3 Bytes</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="333" />
            <source>is not "portolan-catalog"</source>
            <translation>ist nicht "portolan-catalog"</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="337" />
            <source>is %1; this Portolan reads catalog version 1</source>
            <translation>ist %1; diese Portolan-Version liest Katalogversion 1</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="357" />
            <source>tables</source>
            <translation>Tabellen</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="363" />
            <source>must list each table's rows, whole numbers from 1 to %1</source>
            <translation>muss die Zeilen jeder Tabelle nennen, ganze Zahlen von 1 bis %1</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="373" />
            <source>features</source>
            <translation>Funktionen</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="381" />
            <source>repeats feature '%1'</source>
            <translation>wiederholt die Funktion '%1'</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="394" />
            <source>roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="408" />
            <source>is true for 'any' only</source>
            <translation>ist nur für 'any' wahr</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="419" />
            <source>must be "host" or "network"</source>
            <translation>muss "host" oder "network" sein</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="427" />
            <source>repeats role '%1'</source>
            <translation>wiederholt die Rolle '%1'</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="435" />
            <source>families</source>
            <translation>Familien</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="444" />
            <source>repeats family '%1'</source>
            <translation>wiederholt die Familie '%1'</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="452" />
            <source>flows</source>
            <translation>Verbindungen</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="454" />
            <source>lists no flow</source>
            <translation>nennt keine Verbindung</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="468" />
            <source>repeats flow '%1'</source>
            <translation>wiederholt die Verbindung '%1'</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="474" />
            <source>names a pseudo-role as a destination</source>
            <translation>nennt eine Pseudorolle als Ziel</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="479" />
            <source>must be "TCP" or "UDP"</source>
            <translation>muss "TCP" oder "UDP" sein</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="493" />
            <source>names an unknown flow family</source>
            <translation>nennt eine unbekannte Verbindungsfamilie</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="499" />
            <source>names an unknown feature '%1'</source>
            <translation>nennt die unbekannte Funktion '%1'</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="515" />
            <source>must be left out: the source has a single table</source>
            <translation>muss entfallen: die Quelle hat nur eine Tabelle</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="519" />
            <source>is %1; the source has %2 tables</source>
            <translation>ist %1; die Quelle hat %2 Tabellen</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="524" />
            <source>is missing; the source has %1 tables</source>
            <translation>fehlt; die Quelle hat %1 Tabellen</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="530" />
            <source>is %1; table %2 of the source has %3 rows</source>
            <translation>ist %1; Tabelle %2 der Quelle hat %3 Zeilen</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="538" />
            <source>section must be "table" or "introduction"</source>
            <translation>section muss "table" oder "introduction" sein</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="553" />
            <source>names the feature '%1', which no flow uses</source>
            <translation>nennt die Funktion '%1', die keine Verbindung verwendet</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="574" />
            <source>a project needs at least one catalog</source>
            <translation>ein Projekt braucht mindestens einen Katalog</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="598" />
            <source>catalogs '%1' and '%2' define the role '%3' differently (%4)</source>
            <translation>die Kataloge '%1' und '%2' definieren die Rolle '%3' unterschiedlich (%4)</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="616" />
            <source>catalogs '%1' and '%2' define the flow family '%3' differently (name)</source>
            <translation>die Kataloge '%1' und '%2' definieren die Verbindungsfamilie '%3' unterschiedlich (Name)</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="629" />
            <source>catalogs '%1' and '%2' define the feature '%3' differently (name)</source>
            <translation>die Kataloge '%1' und '%2' definieren die Funktion '%3' unterschiedlich (Name)</translation>
        </message>
        <message>
            <location filename="../../model/catalog.cpp" line="643" />
            <source>catalogs '%1' and '%2' both have a flow '%3'</source>
            <translation>die Kataloge '%1' und '%2' haben beide eine Verbindung '%3'</translation>
        </message>
    </context>
    <context>
        <name>Portolan::CatalogRegistry</name>
        <message>
            <location filename="../../model/catalogregistry.cpp" line="29" />
            <source>%1: is not a regular file</source>
            <translation>%1: ist keine normale Datei</translation>
        </message>
        <message>
            <location filename="../../model/catalogregistry.cpp" line="33" />
            <source>%1: the file is %2 bytes; catalogs are at most %3 bytes</source>
            <translation>%1: die Datei hat %2 Bytes; Kataloge haben höchstens %3 Bytes</translation>
        </message>
        <message>
            <location filename="../../model/catalogregistry.cpp" line="41" />
            <source>%1: cannot open: %2</source>
            <translation>%1: kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <location filename="../../model/catalogregistry.cpp" line="46" />
            <source>%1: cannot read: %2</source>
            <translation>%1: kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <location filename="../../model/catalogregistry.cpp" line="51" />
            <source>%1: field 'id' is '%2', not '%3' as the file name says</source>
            <translation>%1: Feld 'id' ist '%2', nicht '%3' wie im Dateinamen</translation>
            <location filename="../../model/catalogregistry.cpp" line="79" />
        </message>
        <message>
            <location filename="../../model/catalogregistry.cpp" line="75" />
            <source>%1: cannot open</source>
            <translation>%1: kann nicht geöffnet werden</translation>
        </message>
        <message>
            <location filename="../../model/catalogregistry.cpp" line="126" />
            <source>%1: skipped: the folder holds more than %2 catalog files</source>
            <translation>%1: übersprungen: der Ordner enthält mehr als %2 Katalogdateien</translation>
        </message>
        <message>
            <location filename="../../model/catalogregistry.cpp" line="138" />
            <location filename="../../model/catalogregistry.cpp" line="272" />
            <source>%1: the id '%2' is a built-in catalog's; a catalog of your own cannot replace it (give it another id and file name)</source>
            <translation>%1: die ID '%2' gehört einem eingebauten Katalog; ein eigener Katalog kann ihn nicht ersetzen (eine andere ID und einen anderen Dateinamen wählen)</translation>
        </message>
        <message>
            <location filename="../../model/catalogregistry.cpp" line="143" />
            <source>%1: a catalog '%2' is already loaded from %3; this file is skipped</source>
            <translation>%1: ein Katalog '%2' ist bereits aus %3 geladen; diese Datei wird übersprungen</translation>
        </message>
        <message>
            <location filename="../../model/catalogregistry.cpp" line="196" />
            <source>unknown catalog '%1' (known: %2)</source>
            <translation>unbekannter Katalog '%1' (bekannt: %2)</translation>
        </message>
        <message>
            <location filename="../../model/catalogregistry.cpp" line="207" />
            <source>names the catalog '%1' twice</source>
            <translation>nennt den Katalog '%1' zweimal</translation>
        </message>
        <message>
            <location filename="../../model/catalogregistry.cpp" line="244" />
            <source>defines the role '%1' differently from catalog '%2' (%3)</source>
            <translation>definiert die Rolle '%1' anders als der Katalog '%2' (%3)</translation>
        </message>
        <message>
            <location filename="../../model/catalogregistry.cpp" line="250" />
            <source>defines the flow family '%1' differently from catalog '%2' (name)</source>
            <translation>definiert die Verbindungsfamilie '%1' anders als der Katalog '%2' (Name)</translation>
        </message>
        <message>
            <location filename="../../model/catalogregistry.cpp" line="257" />
            <source>defines the feature '%1' differently from catalog '%2' (name)</source>
            <translation>definiert die Funktion '%1' anders als der Katalog '%2' (Name)</translation>
        </message>
    </context>
    <context>
        <name>Portolan::ChangeDetailsCommand</name>
        <message>
            <location filename="../../views/undocommands.cpp" line="155" />
            <source>Change project properties</source>
            <translation>Projekteigenschaften ändern</translation>
        </message>
    </context>
    <context>
        <name>Portolan::CiscoAsa</name>
        <message>
            <location filename="../../model/ciscoasa.cpp" line="61" />
            <source>the interface name '%1' cannot be written for Cisco ASA: interface names have 1 to 48 letters, digits, '_', '-' or '.'</source>
            <translation>der Schnittstellenname '%1' lässt sich für Cisco ASA nicht schreiben: Schnittstellennamen haben 1 bis 48 Buchstaben, Ziffern, '_', '-' oder '.'</translation>
        </message>
        <message>
            <location filename="../../model/ciscoasa.cpp" line="69" />
            <source>Portolan: access lists of the firewall %1 for Cisco ASA.</source>
            <translation>Portolan: Access-Listen der Firewall %1 für Cisco ASA.</translation>
        </message>
    </context>
    <context>
        <name>Portolan::Cli</name>
        <message>
            <location filename="../../app/cli.cpp" line="79" />
            <source>Role names, notes and messages in &lt;language&gt;: en or de.</source>
            <translation>Rollennamen, Hinweise und Meldungen in &lt;language&gt;: en oder de.</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="110" />
            <source>unknown language '%1': use en or de</source>
            <translation>unbekannte Sprache '%1': en oder de verwenden</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="119" />
            <source>cannot read standard input</source>
            <translation>die Standardeingabe kann nicht gelesen werden</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="122" />
            <source>&lt;stdin&gt;</source>
            <translation>&lt;stdin&gt;</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="147" />
            <source>error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="147" />
            <location filename="../../app/clicatalog.cpp" line="30" />
            <source>warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="181" />
            <source>%1: unknown export format '%2' (known: %3)</source>
            <translation>%1: unbekanntes Exportformat '%2' (bekannt: %3)</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="205" />
            <location filename="../../app/cli.cpp" line="322" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="210" />
            <location filename="../../app/clidiff.cpp" line="165" />
            <source>%1: cannot create the folder</source>
            <translation>%1: der Ordner lässt sich nicht anlegen</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="230" />
            <source>Write to &lt;file&gt;; - writes to standard output.</source>
            <translation>In &lt;file&gt; schreiben; - schreibt auf die Standardausgabe.</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="234" />
            <source>Output format (see 'portolan formats'; default: from the file extension, else csv).</source>
            <translation>Ausgabeformat (siehe 'portolan formats'; Standard: nach der Dateiendung, sonst csv).</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="237" />
            <source>PNG resolution in dots per inch (default 300).</source>
            <translation>PNG-Auflösung in Punkten pro Zoll (Standard 300).</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="240" />
            <source>PDF page size: A4, A3, Letter or Legal (default A4).</source>
            <translation>PDF-Seitengröße: A4, A3, Letter oder Legal (Standard A4).</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="243" />
            <source>PDF pages in portrait orientation (default landscape).</source>
            <translation>PDF-Seiten im Hochformat (Standard: Querformat).</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="245" />
            <source>Leave the host list pages out of the PDF.</source>
            <translation>Die Seiten mit der Hostliste im PDF weglassen.</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="247" />
            <location filename="../../app/clidiff.cpp" line="102" />
            <source>CSV for Excel in German locales: UTF-8 with BOM, ';' separators.</source>
            <translation>CSV für Excel mit deutschen Ländereinstellungen: UTF-8 mit BOM, ';' als Trennzeichen.</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="250" />
            <source>Start the CSV with the title and change-request details.</source>
            <translation>Die CSV-Datei mit dem Titel und den Angaben zum Änderungsantrag beginnen.</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="254" />
            <source>Only the rules on the firewall &lt;name&gt;, with its interfaces; repeatable.</source>
            <translation>Nur die Regeln der Firewall &lt;name&gt;, mit ihren Schnittstellen; wiederholbar.</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="258" />
            <source>Write one file per firewall into &lt;folder&gt; (NAME.csv, NAME.nft, …); for windows-firewall one script per server.</source>
            <translation>Eine Datei je Firewall in &lt;folder&gt; schreiben (NAME.csv, NAME.nft, …); für windows-firewall ein Skript je Server.</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="262" />
            <source>windows-firewall: the script of the server &lt;name&gt;.</source>
            <translation>windows-firewall: das Skript des Servers &lt;name&gt;.</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="267" />
            <source>Writes the firewall rule sheet of a project.</source>
            <translation>Schreibt die Firewall-Regelliste eines Projekts.</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="268" />
            <location filename="../../app/cli.cpp" line="366" />
            <source>PROJECT The project file (- for standard input).</source>
            <translation>PROJECT Die Projektdatei (- für die Standardeingabe).</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="272" />
            <source>export needs exactly one PROJECT; see 'portolan export --help'</source>
            <translation>export braucht genau ein PROJECT; siehe 'portolan export --help'</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="275" />
            <source>--split-firewalls writes every firewall's file: give it without --output and --firewall</source>
            <translation>--split-firewalls schreibt die Datei jeder Firewall: geben Sie es ohne --output und --firewall an</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="278" />
            <source>export needs --output FILE (or --output - for standard output)</source>
            <translation>export braucht --output FILE (oder --output - für die Standardausgabe)</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="283" />
            <source>%1: the output would overwrite the project file</source>
            <translation>%1: die Ausgabe würde die Projektdatei überschreiben</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="300" />
            <source>--dpi must be a whole number from 10 to 2400, not '%1'</source>
            <translation>--dpi muss eine ganze Zahl von 10 bis 2400 sein, nicht '%1'</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="305" />
            <source>unknown page size '%1' (known: A4, A3, Letter, Legal)</source>
            <translation>unbekannte Seitengröße '%1' (bekannt: A4, A3, Letter, Legal)</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="315" />
            <source>%1: not exported: the topology has errors (see above)</source>
            <translation>%1: nicht exportiert: die Topologie hat Fehler (siehe oben)</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="318" />
            <source>%1: cannot export %2: %3</source>
            <translation>%1: %2 lässt sich nicht exportieren: %3</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="337" />
            <source>Lists the output formats that 'portolan export' writes.</source>
            <translation>Listet die Ausgabeformate, die 'portolan export' schreibt.</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="341" />
            <source>formats takes no arguments</source>
            <translation>formats nimmt keine Argumente</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="360" />
            <source>Also compile every firewall's (and server's) policy and prove it exact: it accepts the derived rules, no more, no fewer.</source>
            <translation>Außerdem die Richtlinie jeder Firewall (und jedes Servers) übersetzen und als exakt nachweisen: sie nimmt die abgeleiteten Regeln an, nicht mehr und nicht weniger.</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="364" />
            <source>Lists the errors and warnings of a project. Exits 0 when there are no errors, 1 when there are.</source>
            <translation>Listet die Fehler und Warnungen eines Projekts auf. Endet mit 0, wenn es keine Fehler gibt, sonst mit 1.</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="370" />
            <source>check needs exactly one PROJECT; see 'portolan check --help'</source>
            <translation>check braucht genau ein PROJECT; siehe 'portolan check --help'</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="382" />
            <source>note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="398" />
            <source>%1: %2 hosts, %3 rules, %4 errors, %5 warnings</source>
            <translation>%1: %2 Hosts, %3 Regeln, %4 Fehler, %5 Warnungen</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="412" />
            <source>Write to &lt;file&gt; (default: standard output).</source>
            <translation>In &lt;file&gt; schreiben (Standard: Standardausgabe).</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="416" />
            <source>Writes the built-in sample project.</source>
            <translation>Schreibt das eingebaute Beispielprojekt.</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="420" />
            <source>sample takes no arguments</source>
            <translation>sample nimmt keine Argumente</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="423" />
            <source>the built-in sample is missing</source>
            <translation>das eingebaute Beispiel fehlt</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="436" />
            <source>Plans the firewall flows of Microsoft Lync Server 2013 and Skype for Business deployments.

Commands (each has --help):
  export PROJECT --output FILE   write the rule sheet (CSV)
  check PROJECT                  list errors and warnings
  catalog [ID]                   list the port catalogs, or print one
  sample [--output FILE]         write the built-in sample project
  formats                        list the output formats of export
  import PROJECT --hosts FILE    add hosts and zones from an inventory
  diff BEFORE AFTER --output F   the rules a change request adds and removes

Without a command, opens the planner window on FILE or on the built-in sample.

Exit codes: 0 success, 1 the topology has errors, 2 unreadable or invalid input, bad usage or a failed write.</source>
            <translation>Plant die Firewallverbindungen von Installationen von Microsoft Lync Server 2013 und Skype for Business.

Befehle (jeder hat --help):
  export PROJECT --output FILE   die Regelliste schreiben (CSV)
  check PROJECT                  Fehler und Warnungen auflisten
  catalog [ID]                   die Portkataloge auflisten oder einen ausgeben
  sample [--output FILE]         das eingebaute Beispielprojekt schreiben
  formats                        die Ausgabeformate von export auflisten
  import PROJECT --hosts FILE    Hosts und Zonen aus einem Inventar übernehmen
  diff BEFORE AFTER --output F   die Regeln, die ein Änderungsantrag hinzufügt und entfernt

Ohne Befehl öffnet sich das Planungsfenster mit FILE oder dem eingebauten Beispiel.

Exit-Codes: 0 Erfolg, 1 die Topologie hat Fehler, 2 unlesbare oder ungültige Eingabe, falscher Aufruf oder fehlgeschlagenes Schreiben.</translation>
        </message>
        <message>
            <location filename="../../app/cli.cpp" line="452" />
            <source>The project to open.</source>
            <translation>Das zu öffnende Projekt.</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="31" />
            <source>catalog skipped: %1</source>
            <translation>Katalog übersprungen: %1</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="36" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="36" />
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="36" />
            <source>Flows</source>
            <translation>Verbindungen</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="36" />
            <location filename="../../app/clicatalog.cpp" line="71" />
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="36" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="42" />
            <source>built-in</source>
            <translation>eingebaut</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="47" />
            <source>Catalogs of your own are read from:</source>
            <translation>Eigene Kataloge werden gelesen aus:</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="71" />
            <source>#</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="71" />
            <source>Destination</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="71" />
            <source>Transport</source>
            <translation>Transport</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="73" />
            <source>Source Port</source>
            <translation>Quellport</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="74" />
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="74" />
            <source>Protocol</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="76" />
            <source>Feature</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="77" />
            <source>Reference</source>
            <translation>Referenz</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="85" />
            <source>any</source>
            <translation>beliebig</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="99" />
            <source>Source: %1 (%2)</source>
            <translation>Quelle: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="101" />
            <source>Roles:</source>
            <translation>Rollen:</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="106" />
            <source>Features (off unless a project enables them):</source>
            <translation>Funktionen (aus, wenn ein Projekt sie nicht einschaltet):</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="110" />
            <source>[not supported: %1]</source>
            <translation>[nicht unterstützt: %1]</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="117" />
            <source>Cautions (where Microsoft's pages disagree):</source>
            <translation>Hinweise (wo sich Microsofts Seiten widersprechen):</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="130" />
            <source>cannot write to standard output</source>
            <translation>die Standardausgabe kann nicht geschrieben werden</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="140" />
            <source>Print the catalog as a table (default) or as csv.</source>
            <translation>Den Katalog als Tabelle (Standard) oder als csv ausgeben.</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="144" />
            <source>Check the catalog file &lt;file&gt; as Portolan would load it from your catalog folder.</source>
            <translation>Die Katalogdatei &lt;file&gt; so prüfen, wie Portolan sie aus Ihrem Katalogordner laden würde.</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="149" />
            <source>Lists the port catalogs with their sources, or prints the catalog ID.</source>
            <translation>Listet die Portkataloge mit ihren Quellen auf oder gibt den Katalog ID aus.</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="150" />
            <source>ID The catalog id.</source>
            <translation>ID Die Katalog-ID.</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="155" />
            <source>catalog takes at most one ID</source>
            <translation>catalog nimmt höchstens eine ID</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="160" />
            <source>unknown catalog format '%1' (known: table, csv)</source>
            <translation>unbekanntes Katalogformat '%1' (bekannt: table, csv)</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="165" />
            <source>--validate checks a FILE; give no catalog ID with it</source>
            <translation>--validate prüft eine Datei (FILE); dazu keine Katalog-ID angeben</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="171" />
            <source>%1: catalog '%2' is valid: %3 roles, %4 flows</source>
            <translation>%1: der Katalog '%2' ist gültig: %3 Rollen, %4 Verbindungen</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="180" />
            <source>--format csv needs a catalog ID</source>
            <translation>--format csv braucht eine Katalog-ID</translation>
        </message>
        <message>
            <location filename="../../app/clicatalog.cpp" line="188" />
            <source>the catalog '%1' is skipped: %2</source>
            <translation>der Katalog '%1' wird übersprungen: %2</translation>
        </message>
        <message>
            <location filename="../../app/clidiff.cpp" line="37" />
            <source>%1: the topology has errors (see above); fix them to compare it</source>
            <translation>%1: die Topologie hat Fehler (siehe oben); beheben Sie sie, um sie zu vergleichen</translation>
        </message>
        <message>
            <location filename="../../app/clidiff.cpp" line="76" />
            <source>%1: %2 added, %3 removed, %4 unchanged</source>
            <translation>%1: %2 hinzugefügt, %3 entfernt, %4 unverändert</translation>
        </message>
        <message>
            <location filename="../../app/clidiff.cpp" line="77" />
            <source>(no firewall)</source>
            <translation>(keine Firewall)</translation>
        </message>
        <message>
            <location filename="../../app/clidiff.cpp" line="89" />
            <source>Write the changes to &lt;file&gt; (CSV); - writes to standard output.</source>
            <translation>Die Änderungen nach &lt;file&gt; schreiben (CSV); - schreibt auf die Standardausgabe.</translation>
        </message>
        <message>
            <location filename="../../app/clidiff.cpp" line="94" />
            <source>Only the changes of the firewall &lt;name&gt;, with its interfaces; repeatable.</source>
            <translation>Nur die Änderungen der Firewall &lt;name&gt;, mit ihren Schnittstellen; wiederholbar.</translation>
        </message>
        <message>
            <location filename="../../app/clidiff.cpp" line="98" />
            <source>Write each firewall's changes into &lt;folder&gt;/NAME.csv, and those on no firewall into no-firewall.csv.</source>
            <translation>Die Änderungen jeder Firewall nach &lt;folder&gt;/NAME.csv schreiben, die ohne Firewall nach no-firewall.csv.</translation>
        </message>
        <message>
            <location filename="../../app/clidiff.cpp" line="107" />
            <source>Lists the rules a change request adds and removes between two versions of a project. Exits 0 without changes, 1 with changes, 2 on trouble.</source>
            <translation>Listet die Regeln, die ein Änderungsantrag zwischen zwei Versionen eines Projekts hinzufügt und entfernt. Endet mit 0 ohne Änderungen, 1 mit Änderungen, 2 bei Problemen.</translation>
        </message>
        <message>
            <location filename="../../app/clidiff.cpp" line="109" />
            <source>BEFORE The approved version.
AFTER The changed version.</source>
            <translation>BEFORE Die genehmigte Version.
AFTER Die geänderte Version.</translation>
        </message>
        <message>
            <location filename="../../app/clidiff.cpp" line="113" />
            <source>diff needs BEFORE and AFTER; see 'portolan diff --help'</source>
            <translation>diff braucht BEFORE und AFTER; siehe 'portolan diff --help'</translation>
        </message>
        <message>
            <location filename="../../app/clidiff.cpp" line="116" />
            <source>diff needs --output FILE or --split-firewalls FOLDER (one of them)</source>
            <translation>diff braucht --output DATEI oder --split-firewalls ORDNER (eines davon)</translation>
        </message>
        <message>
            <location filename="../../app/clidiff.cpp" line="118" />
            <source>--split-firewalls writes every firewall's changes: give it without --firewall</source>
            <translation>--split-firewalls schreibt die Änderungen jeder Firewall: geben Sie es ohne --firewall an</translation>
        </message>
        <message>
            <location filename="../../app/clidiff.cpp" line="125" />
            <source>%1: diff writes CSV (a .csv file, or - for standard output)</source>
            <translation>%1: diff schreibt CSV (eine .csv-Datei oder - für die Standardausgabe)</translation>
        </message>
        <message>
            <location filename="../../app/clidiff.cpp" line="149" />
            <source>unknown firewall '%1' (known: %2)</source>
            <translation>unbekannte Firewall '%1' (bekannt: %2)</translation>
        </message>
        <message>
            <location filename="../../app/clidiff.cpp" line="150" />
            <source>none; define zones and firewalls first</source>
            <translation>keine; legen Sie zuerst Zonen und Firewalls an</translation>
        </message>
        <message>
            <location filename="../../app/clidiff.cpp" line="160" />
            <source>%1: neither version has firewalls; define zones and firewalls first</source>
            <translation>%1: keine der Versionen hat Firewalls; legen Sie zuerst Zonen und Firewalls an</translation>
        </message>
        <message>
            <location filename="../../app/clidiff.cpp" line="205" />
            <source>%1 rules added, %2 removed</source>
            <translation>%1 Regeln hinzugefügt, %2 entfernt</translation>
        </message>
        <message>
            <location filename="../../app/cliimport.cpp" line="28" />
            <source>add</source>
            <translation>hinzufügen</translation>
        </message>
        <message>
            <location filename="../../app/cliimport.cpp" line="31" />
            <source>update</source>
            <translation>aktualisieren</translation>
        </message>
        <message>
            <location filename="../../app/cliimport.cpp" line="36" />
            <source>skip</source>
            <translation>überspringen</translation>
        </message>
        <message>
            <location filename="../../app/cliimport.cpp" line="54" />
            <source>Hosts from &lt;file&gt;: a CSV with name, role, addresses and description, or NetBox's IP address export.</source>
            <translation>Hosts aus &lt;file&gt;: eine CSV-Datei mit name, role, addresses und description oder der IP-Adressen-Export von NetBox.</translation>
        </message>
        <message>
            <location filename="../../app/cliimport.cpp" line="58" />
            <source>Zone networks from &lt;file&gt;: a CSV with zone, kind and network, or NetBox's prefix export.</source>
            <translation>Zonennetzwerke aus &lt;file&gt;: eine CSV-Datei mit zone, kind und network oder der Präfix-Export von NetBox.</translation>
        </message>
        <message>
            <location filename="../../app/cliimport.cpp" line="62" />
            <source>Take FIELD from COLUMN (role=tags, zone=site, …); repeatable.</source>
            <translation>FIELD aus COLUMN nehmen (role=tags, zone=site, …); wiederholbar.</translation>
        </message>
        <message>
            <location filename="../../app/cliimport.cpp" line="67" />
            <source>Translate inventory values to role ids or zone kinds: 'lync-director=director,…'.</source>
            <translation>Inventarwerte in Rollen-IDs oder Zonenarten übersetzen: 'lync-director=director,…'.</translation>
        </message>
        <message>
            <location filename="../../app/cliimport.cpp" line="70" />
            <source>Write the new project to &lt;file&gt; (- for standard output).</source>
            <translation>Das neue Projekt nach &lt;file&gt; schreiben (- für die Standardausgabe).</translation>
        </message>
        <message>
            <location filename="../../app/cliimport.cpp" line="74" />
            <source>Save over PROJECT, keeping the previous version as PROJECT.bak.</source>
            <translation>PROJECT überschreiben und die vorige Version als PROJECT.bak behalten.</translation>
        </message>
        <message>
            <location filename="../../app/cliimport.cpp" line="77" />
            <source>Print what would change and write nothing.</source>
            <translation>Ausgeben, was sich ändern würde, und nichts schreiben.</translation>
        </message>
        <message>
            <location filename="../../app/cliimport.cpp" line="81" />
            <source>Adds or updates hosts and zones from an inventory (CSV or NetBox).</source>
            <translation>Fügt Hosts und Zonen aus einem Inventar hinzu oder aktualisiert sie (CSV oder NetBox).</translation>
        </message>
        <message>
            <location filename="../../app/cliimport.cpp" line="82" />
            <source>PROJECT The project file to import into.</source>
            <translation>PROJECT Die Projektdatei, in die importiert wird.</translation>
        </message>
        <message>
            <location filename="../../app/cliimport.cpp" line="86" />
            <source>import needs exactly one PROJECT; see 'portolan import --help'</source>
            <translation>import braucht genau ein PROJECT; siehe 'portolan import --help'</translation>
        </message>
        <message>
            <location filename="../../app/cliimport.cpp" line="88" />
            <source>import needs --hosts FILE, --zones FILE or both</source>
            <translation>import braucht --hosts DATEI, --zones DATEI oder beides</translation>
        </message>
        <message>
            <location filename="../../app/cliimport.cpp" line="91" />
            <source>import needs --output FILE or --in-place (or --dry-run)</source>
            <translation>import braucht --output DATEI oder --in-place (oder --dry-run)</translation>
        </message>
        <message>
            <location filename="../../app/cliimport.cpp" line="96" />
            <source>%1: to write over the project, say --in-place</source>
            <translation>%1: um das Projekt zu überschreiben, geben Sie --in-place an</translation>
        </message>
        <message>
            <location filename="../../app/cliimport.cpp" line="102" />
            <source>--map: %1</source>
            <translation>--map: %1</translation>
        </message>
        <message>
            <location filename="../../app/cliimport.cpp" line="105" />
            <source>--value-map: %1</source>
            <translation>--value-map: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/cliimport.cpp" line="136" />
            <source>… and %n more error(s)</source>
            <translation>
                <numerusform>… und %n weiterer Fehler</numerusform>
                <numerusform>… und %n weitere Fehler</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/cliimport.cpp" line="139" />
            <source>%1: nothing imported: %n error(s)</source>
            <translation>
                <numerusform>%1: nichts importiert: %n Fehler</numerusform>
                <numerusform>%1: nichts importiert: %n Fehler</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/cliimport.cpp" line="148" />
            <source>%1: %2 hosts added, %3 updated, %4 unchanged, %5 skipped; %6 zones added, %7 updated</source>
            <translation>%1: %2 Hosts hinzugefügt, %3 aktualisiert, %4 unverändert, %5 übersprungen; %6 Zonen hinzugefügt, %7 aktualisiert</translation>
        </message>
    </context>
    <context>
        <name>Portolan::CsvExportDialog</name>
        <message>
            <location filename="../../app/csvexportdialog.cpp" line="19" />
            <location filename="../../app/csvexportdialog.cpp" line="90" />
            <source>Export Rule Sheet</source>
            <translation>Regelliste exportieren</translation>
        </message>
        <message>
            <location filename="../../app/csvexportdialog.cpp" line="20" />
            <source>Export rule sheet</source>
            <translation>Regelliste exportieren</translation>
        </message>
        <message>
            <location filename="../../app/csvexportdialog.cpp" line="25" />
            <source>The CSV file to write; an existing file is replaced</source>
            <translation>Die zu schreibende CSV-Datei; eine vorhandene Datei wird ersetzt</translation>
        </message>
        <message>
            <location filename="../../app/csvexportdialog.cpp" line="26" />
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <location filename="../../app/csvexportdialog.cpp" line="27" />
            <source>&amp;Browse…</source>
            <translation>Dur&amp;chsuchen…</translation>
        </message>
        <message>
            <location filename="../../app/csvexportdialog.cpp" line="28" />
            <source>Choose the file in a file dialog</source>
            <translation>Die Datei in einem Dateidialog wählen</translation>
        </message>
        <message>
            <location filename="../../app/csvexportdialog.cpp" line="29" />
            <source>Browse for the file</source>
            <translation>Nach der Datei suchen</translation>
        </message>
        <message>
            <location filename="../../app/csvexportdialog.cpp" line="34" />
            <source>For &amp;Excel: semicolons and a UTF-8 byte order mark</source>
            <translation>Für E&amp;xcel: Semikolons und UTF-8-Bytereihenfolge-Markierung</translation>
        </message>
        <message>
            <location filename="../../app/csvexportdialog.cpp" line="37" />
            <source>Excel with German regional settings opens such files directly</source>
            <translation>Excel mit deutschen Regionseinstellungen öffnet solche Dateien direkt</translation>
        </message>
        <message>
            <location filename="../../app/csvexportdialog.cpp" line="38" />
            <source>Excel format</source>
            <translation>Excel-Format</translation>
        </message>
        <message>
            <location filename="../../app/csvexportdialog.cpp" line="39" />
            <source>&amp;German role names and descriptions</source>
            <translation>Rollennamen und Beschreibungen auf Deutsc&amp;h</translation>
        </message>
        <message>
            <location filename="../../app/csvexportdialog.cpp" line="42" />
            <source>Role names, flow descriptions and references in German; the column names stay English for scripts</source>
            <translation>Rollennamen, Verbindungsbeschreibungen und Referenzen auf Deutsch; die Spaltennamen bleiben für Skripte englisch</translation>
        </message>
        <message>
            <location filename="../../app/csvexportdialog.cpp" line="44" />
            <source>German texts</source>
            <translation>Deutsche Texte</translation>
        </message>
        <message>
            <location filename="../../app/csvexportdialog.cpp" line="45" />
            <source>Include the &amp;title and change-request lines</source>
            <translation>&amp;Titel und Zeilen zum Änderungsantrag einfügen</translation>
        </message>
        <message>
            <location filename="../../app/csvexportdialog.cpp" line="48" />
            <source>Lines starting with # before the table, for the change request</source>
            <translation>Mit # beginnende Zeilen vor der Tabelle, für den Änderungsantrag</translation>
        </message>
        <message>
            <location filename="../../app/csvexportdialog.cpp" line="49" />
            <source>Change-request header</source>
            <translation>Kopfzeilen zum Änderungsantrag</translation>
        </message>
        <message>
            <location filename="../../app/csvexportdialog.cpp" line="52" />
            <source>&amp;Export</source>
            <translation>&amp;Exportieren</translation>
        </message>
        <message>
            <location filename="../../app/csvexportdialog.cpp" line="53" />
            <source>Write the rule sheet</source>
            <translation>Die Regelliste schreiben</translation>
        </message>
        <message>
            <location filename="../../app/csvexportdialog.cpp" line="56" />
            <source>&amp;File:</source>
            <translation>&amp;Datei:</translation>
        </message>
        <message>
            <location filename="../../app/csvexportdialog.cpp" line="91" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>Portolan::CsvReader</name>
        <message>
            <location filename="../../model/csvreader.cpp" line="89" />
            <location filename="../../model/csvreader.cpp" line="217" />
            <source>the file is %1 MB; at most %2 MB are read</source>
            <translation>die Datei hat %1 MB; höchstens %2 MB werden gelesen</translation>
        </message>
        <message>
            <location filename="../../model/csvreader.cpp" line="93" />
            <source>the file is UTF-16 encoded; save it as UTF-8 CSV</source>
            <translation>die Datei ist UTF-16-kodiert; speichern Sie sie als UTF-8-CSV</translation>
        </message>
        <message>
            <location filename="../../model/csvreader.cpp" line="96" />
            <source>the file contains a NUL byte; it is not a CSV text file</source>
            <translation>die Datei enthält ein NUL-Byte; sie ist keine CSV-Textdatei</translation>
        </message>
        <message>
            <location filename="../../model/csvreader.cpp" line="102" />
            <source>the file is not valid UTF-8; save it as "CSV UTF-8"</source>
            <translation>die Datei ist kein gültiges UTF-8; speichern Sie sie als "CSV UTF-8"</translation>
        </message>
        <message>
            <location filename="../../model/csvreader.cpp" line="120" />
            <source>a field is %1 characters long; at most %2 are read</source>
            <translation>ein Feld ist %1 Zeichen lang; höchstens %2 werden gelesen</translation>
        </message>
        <message>
            <location filename="../../model/csvreader.cpp" line="129" />
            <source>the row has more than %1 fields</source>
            <translation>die Zeile hat mehr als %1 Felder</translation>
        </message>
        <message>
            <location filename="../../model/csvreader.cpp" line="143" />
            <source>the file has more than %1 rows</source>
            <translation>die Datei hat mehr als %1 Zeilen</translation>
        </message>
        <message>
            <location filename="../../model/csvreader.cpp" line="183" />
            <source>text after a closing quote; a quote inside a field is written as two quotes</source>
            <translation>Text nach einem schließenden Anführungszeichen; ein Anführungszeichen in einem Feld wird doppelt geschrieben</translation>
        </message>
        <message>
            <location filename="../../model/csvreader.cpp" line="194" />
            <source>a quoted field is not closed</source>
            <translation>ein Feld in Anführungszeichen ist nicht geschlossen</translation>
        </message>
        <message>
            <location filename="../../model/csvreader.cpp" line="200" />
            <source>the file is empty; it needs a header row</source>
            <translation>die Datei ist leer; sie braucht eine Kopfzeile</translation>
        </message>
        <message>
            <location filename="../../model/csvreader.cpp" line="211" />
            <source>is a folder, not a CSV file</source>
            <translation>ist ein Ordner, keine CSV-Datei</translation>
        </message>
        <message>
            <location filename="../../model/csvreader.cpp" line="214" />
            <source>cannot open: %1</source>
            <translation>lässt sich nicht öffnen: %1</translation>
        </message>
        <message>
            <location filename="../../model/csvreader.cpp" line="222" />
            <source>cannot read: %1</source>
            <translation>lässt sich nicht lesen: %1</translation>
        </message>
    </context>
    <context>
        <name>Portolan::DiagramExport</name>
        <message>
            <location filename="../../views/diagramexport.cpp" line="39" />
            <location filename="../../views/diagramexport.cpp" line="84" />
            <source>Portolan flow diagram</source>
            <translation>Portolan-Verbindungsdiagramm</translation>
        </message>
        <message>
            <location filename="../../views/diagramexport.cpp" line="40" />
            <source>Firewall flows: %1</source>
            <translation>Firewallverbindungen: %1</translation>
        </message>
        <message>
            <location filename="../../views/diagramexport.cpp" line="55" />
            <source>the diagram is too large for a PNG at %1 dpi (%2 × %3 pixels); choose a lower resolution or SVG</source>
            <translation>das Diagramm ist für ein PNG mit %1 dpi zu groß (%2 × %3 Pixel); eine geringere Auflösung oder SVG wählen</translation>
        </message>
        <message>
            <location filename="../../views/diagramexport.cpp" line="234" />
            <source>cannot export: %1</source>
            <translation>Export nicht möglich: %1</translation>
        </message>
        <message>
            <location filename="../../views/diagramexport.cpp" line="236" />
            <source>cannot export: nothing was rendered</source>
            <translation>Export nicht möglich: es wurde nichts gezeichnet</translation>
        </message>
    </context>
    <context>
        <name>Portolan::Document</name>
        <message>
            <location filename="../../app/document.cpp" line="47" />
            <source>Untitled</source>
            <translation>Unbenannt</translation>
        </message>
        <message>
            <location filename="../../app/document.cpp" line="52" />
            <source>untitled</source>
            <translation>unbenannt</translation>
        </message>
        <message>
            <location filename="../../app/document.cpp" line="120" />
            <source>-copy</source>
            <translation>-Kopie</translation>
        </message>
        <message>
            <location filename="../../app/document.cpp" line="143" />
            <source>The built-in sample is missing.</source>
            <translation>Das eingebaute Beispiel fehlt.</translation>
        </message>
    </context>
    <context>
        <name>Portolan::ExportActions</name>
        <message>
            <location filename="../../app/exportactions.cpp" line="61" />
            <source>&amp;Export Rule Sheet (CSV)…</source>
            <translation>Regelliste &amp;exportieren (CSV)…</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="62" />
            <source>Export CSV</source>
            <translation>CSV exportieren</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="63" />
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="64" />
            <source>Write the firewall rules as a CSV rule sheet</source>
            <translation>Die Firewallregeln als CSV-Regelliste schreiben</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="67" />
            <source>Export &amp;Diagram…</source>
            <translation>&amp;Diagramm exportieren…</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="68" />
            <source>Write the flow diagram as SVG, PDF or PNG</source>
            <translation>Das Verbindungsdiagramm als SVG, PDF oder PNG schreiben</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="72" />
            <source>&amp;Print…</source>
            <translation>Druc&amp;ken…</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="74" />
            <source>Print the diagram, the rule table and the host list</source>
            <translation>Das Diagramm, die Regeltabelle und die Hostliste drucken</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="77" />
            <source>Print Pre&amp;view…</source>
            <translation>Druck&amp;vorschau…</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="78" />
            <source>Show the printed pages before printing</source>
            <translation>Die Seiten vor dem Drucken ansehen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/exportactions.cpp" line="116" />
            <source>Writing %n rule(s)…</source>
            <translation>
                <numerusform>%n Regel wird geschrieben …</numerusform>
                <numerusform>%n Regeln werden geschrieben …</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="117" />
            <location filename="../../app/exportactions.cpp" line="220" />
            <location filename="../../app/exportactions.cpp" line="269" />
            <location filename="../../app/exportactions.cpp" line="334" />
            <location filename="../../app/exportactions.cpp" line="382" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="119" />
            <source>Export Rule Sheet</source>
            <translation>Regeltabelle exportieren</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="162" />
            <source>-rules</source>
            <translation>-regeln</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="169" />
            <source>Cannot Export Rule Sheet</source>
            <translation>Regelliste kann nicht exportiert werden</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/exportactions.cpp" line="174" />
            <source>Wrote %n rule(s) to %1</source>
            <translation>
                <numerusform>%n Regel nach %1 geschrieben</numerusform>
                <numerusform>%n Regeln nach %1 geschrieben</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="220" />
            <source>Printing…</source>
            <translation>Drucken…</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="222" />
            <location filename="../../app/exportactions.cpp" line="293" />
            <source>Print Flow Document</source>
            <translation>Verbindungsdokument drucken</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="245" />
            <location filename="../../app/exportactions.cpp" line="271" />
            <source>Export Diagram</source>
            <translation>Diagramm exportieren</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="246" />
            <source>SVG drawings (*.svg);;PDF documents (*.pdf);;PNG images (*.png)</source>
            <translation>SVG-Zeichnungen (*.svg);;PDF-Dokumente (*.pdf);;PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="260" />
            <location filename="../../app/exportactions.cpp" line="280" />
            <source>Cannot Export Diagram</source>
            <translation>Diagramm kann nicht exportiert werden</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="261" />
            <source>%1: use the extension .svg, .pdf or .png</source>
            <translation>%1: bitte die Endung .svg, .pdf oder .png verwenden</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="269" />
            <source>Writing the PDF document…</source>
            <translation>Das PDF-Dokument wird geschrieben…</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="278" />
            <source>Export cancelled</source>
            <translation>Export abgebrochen</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="283" />
            <source>Wrote %1</source>
            <translation>%1 geschrieben</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="305" />
            <source>Printing cancelled</source>
            <translation>Drucken abgebrochen</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="307" />
            <source>Printing Cancelled</source>
            <translation>Drucken abgebrochen</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="308" />
            <source>The print system could not withdraw the job: the pages painted before Cancel were sent to %1. Remove the job from the printer's queue if it should not print.</source>
            <translation>Das Drucksystem konnte den Auftrag nicht zurückziehen: Die vor dem Abbrechen gezeichneten Seiten wurden an %1 gesendet. Entfernen Sie den Auftrag aus der Warteschlange des Druckers, falls er nicht gedruckt werden soll.</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="316" />
            <source>Cannot Print</source>
            <translation>Drucken nicht möglich</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="317" />
            <source>The printer %1 could not start printing.</source>
            <translation>Der Drucker %1 konnte den Druck nicht beginnen.</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="334" />
            <source>Laying out the pages…</source>
            <translation>Die Seiten werden umbrochen…</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="335" />
            <location filename="../../app/exportactions.cpp" line="344" />
            <location filename="../../app/exportactions.cpp" line="364" />
            <location filename="../../app/exportactions.cpp" line="383" />
            <source>Print Preview</source>
            <translation>Druckvorschau</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/exportactions.cpp" line="345" />
            <source>The document has %n page(s).</source>
            <translation>
                <numerusform>Das Dokument hat %n Seite.</numerusform>
                <numerusform>Das Dokument hat %n Seiten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/exportactions.cpp" line="348" />
            <source>Preview only the diagram page and the first %n page(s) of the table? Printing from the preview still prints every page.</source>
            <translation>
                <numerusform>Nur die Diagrammseite und die erste Seite der Tabelle anzeigen? Drucken aus der Vorschau druckt weiterhin alle Seiten.</numerusform>
                <numerusform>Nur die Diagrammseite und die ersten %n Seiten der Tabelle anzeigen? Drucken aus der Vorschau druckt weiterhin alle Seiten.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="351" />
            <source>Preview &amp;First Pages</source>
            <translation>&amp;Erste Seiten anzeigen</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="352" />
            <source>Preview &amp;All Pages</source>
            <translation>&amp;Alle Seiten anzeigen</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="363" />
            <source>Print Preview (the first %1 of %2 pages)</source>
            <translation>Druckvorschau (die ersten %1 von %2 Seiten)</translation>
        </message>
        <message>
            <location filename="../../app/exportactions.cpp" line="382" />
            <source>Preparing the preview…</source>
            <translation>Die Vorschau wird vorbereitet…</translation>
        </message>
    </context>
    <context>
        <name>Portolan::Features</name>
        <message>
            <location filename="../../model/catalogfeatures.cpp" line="23" />
            <source>names the feature '%1' twice</source>
            <translation>nennt die Funktion '%1' zweimal</translation>
        </message>
        <message>
            <location filename="../../model/catalogfeatures.cpp" line="30" />
            <source>names the feature '%1', but the project's catalogs offer none</source>
            <translation>nennt die Funktion '%1', aber die Kataloge des Projekts bieten keine an</translation>
        </message>
        <message>
            <location filename="../../model/catalogfeatures.cpp" line="31" />
            <source>names the feature '%1', which the project's catalogs do not offer (offered: %2)</source>
            <translation>nennt die Funktion '%1', die die Kataloge des Projekts nicht anbieten (angeboten: %2)</translation>
        </message>
        <message>
            <location filename="../../model/catalogfeatures.cpp" line="37" />
            <source>names the feature '%1', which catalog '%2' does not support: %3</source>
            <translation>nennt die Funktion '%1', die der Katalog '%2' nicht unterstützt: %3</translation>
        </message>
        <message>
            <location filename="../../model/catalogfeatures.cpp" line="80" />
            <source>The feature %1 is off: its optional flows get no rules (%2).</source>
            <translation>Die Funktion %1 ist aus: ihre optionalen Verbindungen erhalten keine Regeln (%2).</translation>
        </message>
        <message>
            <location filename="../../model/catalogfeatures.cpp" line="84" />
            <source>The feature %1 is not supported by catalog '%2' (%3): its flows get no rules (%4).</source>
            <translation>Die Funktion %1 wird vom Katalog '%2' nicht unterstützt (%3): ihre Verbindungen erhalten keine Regeln (%4).</translation>
        </message>
    </context>
    <context>
        <name>Portolan::FileActions</name>
        <message>
            <location filename="../../app/fileactions.cpp" line="33" />
            <source>&amp;New</source>
            <translation>&amp;Neu</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="35" />
            <source>Start an empty project</source>
            <translation>Ein leeres Projekt beginnen</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="40" />
            <source>&amp;Open…</source>
            <translation>Ö&amp;ffnen…</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="42" />
            <source>Open a project file</source>
            <translation>Eine Projektdatei öffnen</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="46" />
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="48" />
            <source>Save the project</source>
            <translation>Das Projekt speichern</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="53" />
            <source>Save &amp;As…</source>
            <translation>Speichern &amp;unter…</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="55" />
            <source>Save the project under a new name</source>
            <translation>Das Projekt unter einem neuen Namen speichern</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="64" />
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="103" />
            <source>Project Already Open</source>
            <translation>Projekt bereits geöffnet</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="104" />
            <source>“%1” is open in another Portolan (process %2 on %3).</source>
            <translation>„%1“ ist in einem anderen Portolan geöffnet (Prozess %2 auf %3).</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="111" />
            <source>If both edit it, the one who saves last overwrites the other's changes. A copy opens as a new project that is saved under another name.</source>
            <translation>Bearbeiten beide es, überschreibt, wer zuletzt speichert, die Änderungen des anderen. Eine Kopie öffnet sich als neues Projekt, das unter einem anderen Namen gespeichert wird.</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="113" />
            <source>Open a &amp;Copy</source>
            <translation>&amp;Kopie öffnen</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="115" />
            <source>Open &amp;Anyway</source>
            <translation>&amp;Trotzdem öffnen</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="132" />
            <source>Cannot Open Project</source>
            <translation>Projekt kann nicht geöffnet werden</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="148" />
            <source>Untitled</source>
            <translation>Unbenannt</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="150" />
            <source>Recover Unsaved Changes</source>
            <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="151" />
            <source>Portolan ended without saving the changes to “%1”. A recovery copy from %2 is left.</source>
            <translation>Portolan wurde beendet, ohne die Änderungen an „%1“ zu speichern. Eine Wiederherstellungskopie vom %2 ist vorhanden.</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="157" />
            <source>Restore opens the recovered project with its changes unsaved; Discard deletes the copy; Later keeps it for the next start.</source>
            <translation>Wiederherstellen öffnet das gerettete Projekt mit ungespeicherten Änderungen; Verwerfen löscht die Kopie; Später bewahrt sie für den nächsten Start auf.</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="159" />
            <source>&amp;Restore</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="163" />
            <source>&amp;Later</source>
            <translation>&amp;Später</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="179" />
            <source>Cannot Restore Project</source>
            <translation>Projekt kann nicht wiederhergestellt werden</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="216" />
            <source>Saved %1</source>
            <translation>%1 gespeichert</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="230" />
            <source>Unsaved Changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="231" />
            <source>The project “%1” has unsaved changes.</source>
            <translation>Das Projekt „%1“ hat ungespeicherte Änderungen.</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="233" />
            <source>Do you want to save them first?</source>
            <translation>Sollen sie zuerst gespeichert werden?</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="259" />
            <source>Open Project</source>
            <translation>Projekt öffnen</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="260" />
            <source>Portolan projects (*.portolan.json);;JSON files (*.json);;All files (*)</source>
            <translation>Portolan-Projekte (*.portolan.json);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="279" />
            <location filename="../../app/fileactions.cpp" line="299" />
            <source>Cannot Save Project</source>
            <translation>Projekt kann nicht gespeichert werden</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="291" />
            <source>Save Project As</source>
            <translation>Projekt speichern unter</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="292" />
            <source>Portolan projects (*.portolan.json);;All files (*)</source>
            <translation>Portolan-Projekte (*.portolan.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="312" />
            <source>&amp;%1 %2</source>
            <translation>&amp;%1 %2</translation>
        </message>
        <message>
            <location filename="../../app/fileactions.cpp" line="320" />
            <source>&amp;Clear Menu</source>
            <translation>Liste &amp;leeren</translation>
        </message>
    </context>
    <context>
        <name>Portolan::Findings</name>
        <message>
            <location filename="../../model/findings.cpp" line="39" />
            <source>%1 (%2 → %3)</source>
            <translation>%1 (%2 → %3)</translation>
        </message>
        <message>
            <location filename="../../model/findings.cpp" line="68" />
            <source>%1 is in no zone: its rules cannot be placed on firewalls</source>
            <translation>%1 liegt in keiner Zone: seine Regeln lassen sich keiner Firewall zuordnen</translation>
        </message>
        <message>
            <location filename="../../model/findings.cpp" line="74" />
            <source>no zone</source>
            <translation>keine Zone</translation>
        </message>
        <message>
            <location filename="../../model/findings.cpp" line="77" />
            <source>%1 spans several zones (%2): its rules cannot be placed on firewalls</source>
            <translation>%1 reicht über mehrere Zonen (%2): seine Regeln lassen sich keiner Firewall zuordnen</translation>
        </message>
        <message>
            <location filename="../../model/findings.cpp" line="97" />
            <source>zone %1 to zone %2</source>
            <translation>Zone %1 nach Zone %2</translation>
        </message>
        <message>
            <location filename="../../model/findings.cpp" line="103" />
            <source>no firewall path joins them: their rules cannot be placed</source>
            <translation>kein Firewall-Pfad verbindet sie: ihre Regeln lassen sich nicht zuordnen</translation>
        </message>
        <message>
            <location filename="../../model/findings.cpp" line="114" />
            <source>paths of equal length; rules take %1, not %2</source>
            <translation>gleich lange Pfade; die Regeln nehmen %1, nicht %2</translation>
        </message>
        <message>
            <location filename="../../model/findings.cpp" line="127" />
            <source>firewall %1: no rule crosses it</source>
            <translation>Firewall %1: keine Regel läuft über sie</translation>
        </message>
        <message>
            <location filename="../../model/findings.cpp" line="135" />
            <source>any includes the external zone %1: rules from any come from there too</source>
            <translation>Beliebig schließt die externe Zone %1 ein: Regeln von Beliebig kommen auch von dort</translation>
        </message>
        <message>
            <location filename="../../model/findings.cpp" line="148" />
            <source>%1 is a network; a %2 needs host addresses</source>
            <translation>%1 ist ein Netzwerk; die Rolle %2 braucht Hostadressen</translation>
        </message>
        <message>
            <location filename="../../model/findings.cpp" line="179" />
            <source>the host (id '%1') has no name</source>
            <translation>der Host (ID '%1') hat keinen Namen</translation>
        </message>
        <message>
            <location filename="../../model/findings.cpp" line="183" />
            <source>no address: it gets no firewall rules</source>
            <translation>keine Adresse: er bekommt keine Firewallregeln</translation>
        </message>
        <message>
            <location filename="../../model/findings.cpp" line="196" />
            <source>another host has the same name</source>
            <translation>ein anderer Host hat denselben Namen</translation>
        </message>
        <message>
            <location filename="../../model/findings.cpp" line="209" />
            <source>the address %1 is also on %2</source>
            <translation>die Adresse %1 gehört auch zu %2</translation>
        </message>
        <message>
            <location filename="../../model/findings.cpp" line="228" />
            <source>no address of the same IP family as %1: the flows %2 get no rule</source>
            <translation>keine Adresse derselben IP-Familie wie %1: die Verbindungen %2 bekommen keine Regel</translation>
        </message>
        <message>
            <location filename="../../model/findings.cpp" line="260" />
            <source>no host has the role %1: its flows get no rules</source>
            <translation>kein Host hat die Rolle %1: ihre Verbindungen bekommen keine Regeln</translation>
        </message>
    </context>
    <context>
        <name>Portolan::FindingsModel</name>
        <message>
            <location filename="../../views/findingsmodel.cpp" line="45" />
            <source>Error: %1</source>
            <translation>Fehler: %1</translation>
        </message>
        <message>
            <location filename="../../views/findingsmodel.cpp" line="46" />
            <source>Warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
        <message>
            <location filename="../../views/findingsmodel.cpp" line="51" />
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <location filename="../../views/findingsmodel.cpp" line="51" />
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
    </context>
    <context>
        <name>Portolan::FlowArrows</name>
        <message>
            <location filename="../../views/flowarrows.cpp" line="29" />
            <source>Any</source>
            <translation>Beliebig</translation>
        </message>
        <message>
            <location filename="../../views/flowarrows.cpp" line="43" />
            <source>%1: %2 %3</source>
            <translation>%1: %2 %3</translation>
        </message>
    </context>
    <context>
        <name>Portolan::FlowBundleItem</name>
        <message numerus="yes">
            <location filename="../../views/flowbundleitem.cpp" line="28" />
            <source>%1 · %n host pair(s)</source>
            <translation>
                <numerusform>%1 · %n Hostpaar</numerusform>
                <numerusform>%1 · %n Hostpaare</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Portolan::FlowDocument</name>
        <message>
            <location filename="../../views/flowdocument.cpp" line="139" />
            <source>%1 (source: %2)</source>
            <translation>%1 (Quelle: %2)</translation>
        </message>
        <message>
            <location filename="../../views/flowdocument.cpp" line="186" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../views/flowdocument.cpp" line="186" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../views/flowdocument.cpp" line="186" />
            <source>Addresses</source>
            <translation>Adressen</translation>
        </message>
        <message>
            <location filename="../../views/flowdocument.cpp" line="187" />
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../../views/flowdocument.cpp" line="446" />
            <source>Untitled topology</source>
            <translation>Unbenannte Topologie</translation>
        </message>
        <message>
            <location filename="../../views/flowdocument.cpp" line="449" />
            <source>Change request %1</source>
            <translation>Änderungsantrag %1</translation>
        </message>
        <message>
            <location filename="../../views/flowdocument.cpp" line="450" />
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location filename="../../views/flowdocument.cpp" line="473" />
            <source>Revision %1</source>
            <translation>Revision %1</translation>
        </message>
        <message>
            <location filename="../../views/flowdocument.cpp" line="487" />
            <source>Change request</source>
            <translation>Änderungsantrag</translation>
        </message>
        <message>
            <location filename="../../views/flowdocument.cpp" line="488" />
            <source>Requester</source>
            <translation>Antragsteller</translation>
        </message>
        <message>
            <location filename="../../views/flowdocument.cpp" line="489" />
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <location filename="../../views/flowdocument.cpp" line="490" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../views/flowdocument.cpp" line="491" />
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <location filename="../../views/flowdocument.cpp" line="505" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../views/flowdocument.cpp" line="520" />
            <source>Catalog: %1</source>
            <translation>Katalog: %1</translation>
        </message>
        <message>
            <location filename="../../views/flowdocument.cpp" line="523" />
            <source>Justification: %1</source>
            <translation>Begründung: %1</translation>
        </message>
        <message>
            <location filename="../../views/flowdocument.cpp" line="574" />
            <source>Firewall rules (%1)</source>
            <translation>Firewallregeln (%1)</translation>
        </message>
        <message>
            <location filename="../../views/flowdocument.cpp" line="575" />
            <source>Hosts (%1)</source>
            <translation>Hosts (%1)</translation>
        </message>
        <message>
            <location filename="../../views/flowdocument.cpp" line="578" />
            <source> (continued)</source>
            <translation> (Fortsetzung)</translation>
        </message>
    </context>
    <context>
        <name>Portolan::HostItem</name>
        <message numerus="yes">
            <location filename="../../views/hostitem.cpp" line="74" />
            <source>+%n more</source>
            <translation>
                <numerusform>+%n weitere</numerusform>
                <numerusform>+%n weitere</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../views/hostitem.cpp" line="77" />
            <source>no address</source>
            <translation>keine Adresse</translation>
        </message>
        <message>
            <location filename="../../views/hostitem.cpp" line="105" />
            <source>No address yet: it gets no firewall rules.</source>
            <translation>Noch keine Adresse: er bekommt keine Firewallregeln.</translation>
        </message>
    </context>
    <context>
        <name>Portolan::Inspector</name>
        <message>
            <location filename="../../views/inspector.cpp" line="51" />
            <source>Host inspector</source>
            <translation>Host-Eigenschaften</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="64" />
            <source>Selection summary</source>
            <translation>Auswahlübersicht</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="81" />
            <source>The host's name, as it appears on the canvas and in the rule sheet</source>
            <translation>Der Name des Hosts, wie er auf der Zeichenfläche und in der Regelliste erscheint</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="82" />
            <source>Host name</source>
            <translation>Hostname</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="83" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="84" />
            <source>Name error</source>
            <translation>Fehler beim Namen</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="90" />
            <source>The Lync Server role of the host: it decides which flows reach it</source>
            <translation>Die Lync-Server-Rolle des Hosts: Sie bestimmt, welche Verbindungen ihn erreichen</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="91" />
            <source>Host role</source>
            <translation>Hostrolle</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="92" />
            <source>&amp;Role:</source>
            <translation>&amp;Rolle:</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="93" />
            <source>Role error</source>
            <translation>Fehler bei der Rolle</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="101" />
            <source>Free notes about the host; saved when the field loses focus</source>
            <translation>Freie Notizen zum Host; werden übernommen, wenn das Feld den Fokus verliert</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="102" />
            <source>Host description</source>
            <translation>Hostbeschreibung</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="104" />
            <source>&amp;Description:</source>
            <translation>&amp;Beschreibung:</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="105" />
            <source>Description error</source>
            <translation>Fehler bei der Beschreibung</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="116" />
            <source>The host's addresses: double-click or press F2 to edit one, Del to remove it</source>
            <translation>Die Adressen des Hosts: Doppelklick oder F2 bearbeitet eine, Entf entfernt sie</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="118" />
            <source>Host addresses</source>
            <translation>Hostadressen</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="120" />
            <source>Addresse&amp;s:</source>
            <translation>Adre&amp;ssen:</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="122" />
            <source>Re&amp;move</source>
            <translation>Ent&amp;fernen</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="124" />
            <source>Remove the selected address from the host</source>
            <translation>Die ausgewählte Adresse vom Host entfernen</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="125" />
            <source>Remove address</source>
            <translation>Adresse entfernen</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="134" />
            <source>Type an address and press Enter to add it to the host</source>
            <translation>Eine Adresse eingeben und mit der Eingabetaste zum Host hinzufügen</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="135" />
            <source>New address</source>
            <translation>Neue Adresse</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="136" />
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="138" />
            <source>Add the typed address to the host</source>
            <translation>Die eingegebene Adresse zum Host hinzufügen</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="139" />
            <source>Add address</source>
            <translation>Adresse hinzufügen</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="143" />
            <source>Ne&amp;w:</source>
            <translation>Ne&amp;u:</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="146" />
            <source>Address error</source>
            <translation>Fehler bei der Adresse</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="152" />
            <source>Address hint</source>
            <translation>Hinweis zu Adressen</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="218" />
            <source>Select a host on the canvas to edit its name, role, description and addresses.</source>
            <translation>Einen Host auf der Zeichenfläche auswählen, um Name, Rolle, Beschreibung und Adressen zu bearbeiten.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../views/inspector.cpp" line="220" />
            <source>%n hosts selected</source>
            <translation>
                <numerusform>%n Host ausgewählt</numerusform>
                <numerusform>%n Hosts ausgewählt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="255" />
            <source>IPv4</source>
            <translation>IPv4</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="255" />
            <source>IPv6</source>
            <translation>IPv6</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="262" />
            <source>10.20.0.0/16 or 2001:db8::/56</source>
            <translation>10.20.0.0/16 oder 2001:db8::/56</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="263" />
            <source>10.1.2.20 or 2001:db8::20</source>
            <translation>10.1.2.20 oder 2001:db8::20</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="264" />
            <source>Networks in CIDR notation, IPv4 or IPv6.</source>
            <translation>Netzwerke in CIDR-Schreibweise, IPv4 oder IPv6.</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="265" />
            <source>Host addresses, IPv4 or IPv6; no networks.</source>
            <translation>Hostadressen, IPv4 oder IPv6; keine Netzwerke.</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="321" />
            <source>The name %1.</source>
            <translation>Der Name %1.</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="339" />
            <source>The description %1.</source>
            <translation>Die Beschreibung %1.</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="361" />
            <source>Cannot change the role: %1</source>
            <translation>Die Rolle kann nicht geändert werden: %1</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="378" />
            <source>Type an IPv4 or IPv6 address.</source>
            <translation>Eine IPv4- oder IPv6-Adresse eingeben.</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="389" />
            <source>%1 is already an address of this host.</source>
            <translation>%1 ist bereits eine Adresse dieses Hosts.</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="394" />
            <location filename="../../views/inspector.cpp" line="422" />
            <source>A host has at most %1 addresses.</source>
            <translation>Ein Host hat höchstens %1 Adressen.</translation>
        </message>
        <message>
            <location filename="../../views/inspector.cpp" line="414" />
            <source>%1 is listed twice.</source>
            <translation>%1 steht zweimal in der Liste.</translation>
        </message>
    </context>
    <context>
        <name>Portolan::InventoryImport</name>
        <message>
            <location filename="../../model/inventoryimport.cpp" line="183" />
            <location filename="../../model/inventoryimport.cpp" line="453" />
            <location filename="../../model/inventoryimport.cpp" line="460" />
            <source>the file has no such column (its columns: %1)</source>
            <translation>die Datei hat keine solche Spalte (ihre Spalten: %1)</translation>
        </message>
        <message>
            <location filename="../../model/inventoryimport.cpp" line="212" />
            <source>'%1' names two roles, %2 and %3</source>
            <translation>'%1' nennt zwei Rollen, %2 und %3</translation>
        </message>
        <message>
            <location filename="../../model/inventoryimport.cpp" line="220" />
            <source>'%1' is not a role of this project (known: %2), nor mapped to one (--value-map VALUE=ROLE)</source>
            <translation>'%1' ist keine Rolle dieses Projekts (bekannt: %2) und keiner zugeordnet (--value-map WERT=ROLLE)</translation>
        </message>
        <message>
            <location filename="../../model/inventoryimport.cpp" line="254" />
            <location filename="../../model/inventoryimport.cpp" line="488" />
            <source>status is '%1', not active</source>
            <translation>Status ist '%1', nicht active</translation>
        </message>
        <message>
            <location filename="../../model/inventoryimport.cpp" line="261" />
            <source>the name %1</source>
            <translation>der Name %1</translation>
        </message>
        <message>
            <location filename="../../model/inventoryimport.cpp" line="266" />
            <source>the role is empty; every host needs one</source>
            <translation>die Rolle ist leer; jeder Host braucht eine</translation>
        </message>
        <message>
            <location filename="../../model/inventoryimport.cpp" line="272" />
            <source>the description %1</source>
            <translation>die Beschreibung %1</translation>
        </message>
        <message>
            <location filename="../../model/inventoryimport.cpp" line="279" />
            <source>the addresses are empty; give at least one address</source>
            <translation>die Adressen sind leer; geben Sie mindestens eine Adresse an</translation>
        </message>
        <message>
            <location filename="../../model/inventoryimport.cpp" line="295" />
            <source>the prefix length in '%1' is not one of 0 to %2</source>
            <translation>die Präfixlänge in '%1' liegt nicht zwischen 0 und %2</translation>
        </message>
        <message>
            <location filename="../../model/inventoryimport.cpp" line="314" />
            <source>%1 is also the address of %2 (line %3)</source>
            <translation>%1 ist auch die Adresse von %2 (Zeile %3)</translation>
        </message>
        <message>
            <location filename="../../model/inventoryimport.cpp" line="338" />
            <source>%1 has the role %2 on line %3</source>
            <translation>%1 hat in Zeile %3 die Rolle %2</translation>
        </message>
        <message>
            <location filename="../../model/inventoryimport.cpp" line="353" />
            <source>%1 has more than %2 addresses</source>
            <translation>%1 hat mehr als %2 Adressen</translation>
        </message>
        <message>
            <location filename="../../model/inventoryimport.cpp" line="401" />
            <source>the project would have %1 hosts; at most %2 are allowed</source>
            <translation>das Projekt hätte %1 Hosts; höchstens %2 sind erlaubt</translation>
        </message>
        <message>
            <location filename="../../model/inventoryimport.cpp" line="493" />
            <source>the zone name %1</source>
            <translation>der Zonenname %1</translation>
        </message>
        <message>
            <location filename="../../model/inventoryimport.cpp" line="506" />
            <source>'%1' is not a zone kind (internal, perimeter, external), nor mapped to one (--value-map VALUE=KIND)</source>
            <translation>'%1' ist keine Zonenart (internal, perimeter, external) und keiner zugeordnet (--value-map WERT=ART)</translation>
        </message>
        <message>
            <location filename="../../model/inventoryimport.cpp" line="519" />
            <source>%1 is already a network of the zone %2</source>
            <translation>%1 ist schon ein Netzwerk der Zone %2</translation>
        </message>
        <message>
            <location filename="../../model/inventoryimport.cpp" line="540" />
            <source>the zone %1 would have more than %2 networks</source>
            <translation>die Zone %1 hätte mehr als %2 Netzwerke</translation>
        </message>
        <message>
            <location filename="../../model/inventoryimport.cpp" line="558" />
            <source>the project would have %1 zones; at most %2 are allowed</source>
            <translation>das Projekt hätte %1 Zonen; höchstens %2 sind erlaubt</translation>
        </message>
        <message>
            <location filename="../../model/inventoryimport.cpp" line="117" />
            <source>'%1' is not FIELD=COLUMN with FIELD one of %2</source>
            <translation>'%1' ist nicht FELD=SPALTE mit FELD aus %2</translation>
        </message>
        <message>
            <location filename="../../model/inventoryimport.cpp" line="132" />
            <source>'%1' is not VALUE=ID</source>
            <translation>'%1' ist nicht WERT=ID</translation>
        </message>
        <message>
            <location filename="../../model/inventoryimport.cpp" line="103" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../model/inventoryimport.cpp" line="104" />
            <source>%1: column '%2': %3</source>
            <translation>%1: Spalte '%2': %3</translation>
        </message>
        <message>
            <location filename="../../model/inventoryimport.cpp" line="86" />
            <source>column '%1': %2</source>
            <translation>Spalte '%1': %2</translation>
        </message>
    </context>
    <context>
        <name>Portolan::Iptables</name>
        <message>
            <location filename="../../model/iptables.cpp" line="97" />
            <source>the interface name '%1' cannot be written for iptables: %2</source>
            <translation>der Schnittstellenname '%1' lässt sich für iptables nicht schreiben: %2</translation>
        </message>
        <message>
            <location filename="../../model/iptables.cpp" line="107" />
            <source>Portolan: IPv4 forwarding policy of the firewall %1 for iptables-restore.</source>
            <translation>Portolan: IPv4-Weiterleitungsregeln der Firewall %1 für iptables-restore.</translation>
        </message>
        <message>
            <location filename="../../model/iptables.cpp" line="109" />
            <source>Portolan: IPv6 forwarding policy of the firewall %1 for ip6tables-restore.</source>
            <translation>Portolan: IPv6-Weiterleitungsregeln der Firewall %1 für ip6tables-restore.</translation>
        </message>
        <message>
            <location filename="../../model/iptables.cpp" line="115" />
            <source>Load it with: iptables-restore --noflush FILE</source>
            <translation>Laden mit: iptables-restore --noflush DATEI</translation>
        </message>
        <message>
            <location filename="../../model/iptables.cpp" line="116" />
            <source>Load it with: ip6tables-restore --noflush FILE</source>
            <translation>Laden mit: ip6tables-restore --noflush DATEI</translation>
        </message>
        <message>
            <location filename="../../model/iptables.cpp" line="120" />
            <source>Each load adds a jump from FORWARD: delete the old one before a reload.</source>
            <translation>Jedes Laden fügt einen Sprung aus FORWARD hinzu: löschen Sie den alten vor erneutem Laden.</translation>
        </message>
    </context>
    <context>
        <name>Portolan::JsonReader</name>
        <message>
            <location filename="../../model/jsonutil.cpp" line="43" />
            <source>the file is empty</source>
            <translation>die Datei ist leer</translation>
        </message>
        <message>
            <location filename="../../model/jsonutil.cpp" line="48" />
            <source>the file is UTF-16 encoded; save it as UTF-8</source>
            <translation>die Datei ist UTF-16-kodiert; bitte als UTF-8 speichern</translation>
        </message>
        <message>
            <location filename="../../model/jsonutil.cpp" line="53" />
            <source>the file contains a NUL byte; it is not JSON text</source>
            <translation>die Datei enthält ein NUL-Byte; sie ist kein JSON-Text</translation>
        </message>
        <message>
            <location filename="../../model/jsonutil.cpp" line="58" />
            <source>the file contains a byte order mark (U+FEFF) after its start; remove it, or write it as \ufeff inside a string</source>
            <translation>die Datei enthält nach ihrem Anfang eine Bytereihenfolge-Markierung (U+FEFF); bitte entfernen oder innerhalb einer Zeichenkette als \ufeff schreiben</translation>
        </message>
        <message>
            <location filename="../../model/jsonutil.cpp" line="69" />
            <location filename="../../model/jsonutil.cpp" line="75" />
            <source>the top level must be a JSON object</source>
            <translation>die oberste Ebene muss ein JSON-Objekt sein</translation>
        </message>
        <message>
            <location filename="../../model/jsonutil.cpp" line="72" />
            <source>not valid JSON: %1</source>
            <translation>kein gültiges JSON: %1</translation>
        </message>
        <message>
            <location filename="../../model/jsonutil.cpp" line="84" />
            <source>null</source>
            <translation>null</translation>
        </message>
        <message>
            <location filename="../../model/jsonutil.cpp" line="86" />
            <source>a boolean</source>
            <translation>ein Wahrheitswert</translation>
        </message>
        <message>
            <location filename="../../model/jsonutil.cpp" line="88" />
            <source>a number</source>
            <translation>eine Zahl</translation>
            <location filename="../../model/jsonutil.cpp" line="187" />
        </message>
        <message>
            <location filename="../../model/jsonutil.cpp" line="90" />
            <source>a string</source>
            <translation>eine Zeichenkette</translation>
            <location filename="../../model/jsonutil.cpp" line="138" />
        </message>
        <message>
            <location filename="../../model/jsonutil.cpp" line="92" />
            <source>an array</source>
            <translation>ein Array</translation>
            <location filename="../../model/jsonutil.cpp" line="217" />
        </message>
        <message>
            <location filename="../../model/jsonutil.cpp" line="94" />
            <source>an object</source>
            <translation>ein Objekt</translation>
            <location filename="../../model/jsonutil.cpp" line="205" />
        </message>
        <message>
            <location filename="../../model/jsonutil.cpp" line="98" />
            <source>missing</source>
            <translation>fehlend</translation>
        </message>
        <message>
            <location filename="../../model/jsonutil.cpp" line="108" />
            <source>field '%1' %2</source>
            <translation>Feld '%1' %2</translation>
        </message>
        <message>
            <location filename="../../model/jsonutil.cpp" line="120" />
            <source>is missing</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <location filename="../../model/jsonutil.cpp" line="129" />
            <source>must be %1, not %2</source>
            <translation>muss %1 sein, nicht %2</translation>
        </message>
        <message>
            <location filename="../../model/jsonutil.cpp" line="157" />
            <source>true or false</source>
            <translation>true oder false</translation>
        </message>
        <message>
            <location filename="../../model/jsonutil.cpp" line="169" />
            <source>a whole number</source>
            <translation>eine ganze Zahl</translation>
        </message>
        <message>
            <location filename="../../model/jsonutil.cpp" line="174" />
            <source>must be a whole number from %1 to %2</source>
            <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
        </message>
        <message>
            <location filename="../../model/jsonutil.cpp" line="192" />
            <source>must be a number from %1 to %2</source>
            <translation>muss eine Zahl von %1 bis %2 sein</translation>
        </message>
        <message>
            <location filename="../../model/jsonutil.cpp" line="229" />
            <source>must be an object, not %1</source>
            <translation>muss ein Objekt sein, nicht %1</translation>
        </message>
    </context>
    <context>
        <name>Portolan::LegendItem</name>
        <message>
            <location filename="../../views/legenditem.cpp" line="38" />
            <source>Flows</source>
            <translation>Verbindungen</translation>
        </message>
        <message>
            <location filename="../../views/legenditem.cpp" line="39" />
            <source>Any source address</source>
            <translation>Beliebige Quelladresse</translation>
        </message>
        <message>
            <location filename="../../views/legenditem.cpp" line="41" />
            <source>Host without an address</source>
            <translation>Host ohne Adresse</translation>
        </message>
    </context>
    <context>
        <name>Portolan::MainWindow</name>
        <message>
            <location filename="../../app/mainwindow.cpp" line="65" />
            <source>Portolan planner</source>
            <translation>Portolan-Planer</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="73" />
            <source>Topology canvas</source>
            <translation>Topologie-Zeichenfläche</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="126" />
            <source>Project Propert&amp;ies…</source>
            <translation>Projekte&amp;igenschaften…</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="128" />
            <source>Edit the title and the change-request details printed on every page</source>
            <translation>Den Titel und die Angaben zum Änderungsantrag bearbeiten, die auf jeder Seite gedruckt werden</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="133" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="135" />
            <source>Close the window</source>
            <translation>Das Fenster schließen</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="141" />
            <location filename="../../app/mainwindow.cpp" line="148" />
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="142" />
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="148" />
            <source>&amp;Undo %1</source>
            <translation>&amp;Rückgängig: %1</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="151" />
            <location filename="../../app/mainwindow.cpp" line="158" />
            <source>&amp;Redo</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="152" />
            <source>Redo</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="158" />
            <source>&amp;Redo %1</source>
            <translation>&amp;Wiederherstellen: %1</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="171" />
            <source>Cu&amp;t</source>
            <translation>&amp;Ausschneiden</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="171" />
            <source>Move the selected hosts to the clipboard</source>
            <translation>Die ausgewählten Hosts in die Zwischenablage verschieben</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="178" />
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="178" />
            <source>Copy the selected hosts to the clipboard</source>
            <translation>Die ausgewählten Hosts in die Zwischenablage kopieren</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="182" />
            <source>&amp;Paste</source>
            <translation>&amp;Einfügen</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="182" />
            <source>Add the hosts on the clipboard</source>
            <translation>Die Hosts aus der Zwischenablage hinzufügen</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="187" />
            <source>D&amp;uplicate</source>
            <translation>&amp;Duplizieren</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="187" />
            <source>Add copies of the selected hosts beside them</source>
            <translation>Kopien der ausgewählten Hosts daneben hinzufügen</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="188" />
            <source>Ctrl+D</source>
            <translation>Ctrl+D</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="191" />
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="191" />
            <source>Remove the selected hosts</source>
            <translation>Die ausgewählten Hosts entfernen</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="195" />
            <source>Select &amp;All</source>
            <translation>Alles a&amp;uswählen</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="195" />
            <source>Select every host</source>
            <translation>Alle Hosts auswählen</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="201" />
            <source>Zoom &amp;In</source>
            <translation>Ver&amp;größern</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="203" />
            <source>Enlarge the canvas</source>
            <translation>Die Zeichenfläche vergrößern</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="206" />
            <source>Zoom &amp;Out</source>
            <translation>Ver&amp;kleinern</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="208" />
            <source>Shrink the canvas</source>
            <translation>Die Zeichenfläche verkleinern</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="211" />
            <source>&amp;Fit All</source>
            <translation>&amp;Alles zeigen</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="212" />
            <source>Ctrl+0</source>
            <translation>Ctrl+0</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="213" />
            <source>Show every host and arrow</source>
            <translation>Alle Hosts und Pfeile zeigen</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="215" />
            <source>&amp;Snap to Grid</source>
            <translation>Am &amp;Raster ausrichten</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="218" />
            <source>Place hosts on grid points while dragging</source>
            <translation>Hosts beim Ziehen auf Rasterpunkte setzen</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="220" />
            <source>&amp;Arrange by Role</source>
            <translation>Nach Rolle an&amp;ordnen</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="221" />
            <source>Ctrl+Shift+A</source>
            <translation>Ctrl+Shift+A</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="223" />
            <source>Lay the hosts out in role columns: clients, reverse proxy and Edge, Director, Front-End</source>
            <translation>Die Hosts in Rollenspalten anordnen: Clients, Reverseproxy und Edge, Director, Front-End</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="227" />
            <source>&amp;About Portolan</source>
            <translation>Ü&amp;ber Portolan</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="228" />
            <source>Version, source of the port catalog and license</source>
            <translation>Version, Quelle des Portkatalogs und Lizenz</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="230" />
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="233" />
            <source>Undo the last edit</source>
            <translation>Die letzte Änderung rückgängig machen</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="234" />
            <source>Redo the edit undone last</source>
            <translation>Die zuletzt rückgängig gemachte Änderung wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="262" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="281" />
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="294" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="303" />
            <source>F&amp;lows</source>
            <translation>F&amp;lüsse</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="307" />
            <source>&amp;Automatic: Bundle Large Topologies</source>
            <translation>&amp;Automatisch: große Topologien bündeln</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="308" />
            <source>Show All &amp;Flows</source>
            <translation>Alle &amp;Flüsse zeigen</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="309" />
            <source>Show Flows of the &amp;Selection Only</source>
            <translation>Nur Flüsse der Au&amp;swahl zeigen</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="319" />
            <source>&amp;Panels</source>
            <translation>&amp;Bereiche</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="327" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="335" />
            <source>Main Toolbar</source>
            <translation>Hauptwerkzeugleiste</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="337" />
            <source>Main toolbar</source>
            <translation>Hauptwerkzeugleiste</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="358" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="361" />
            <source>Show or hide the main toolbar</source>
            <translation>Die Hauptwerkzeugleiste ein- oder ausblenden</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="368" />
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="370" />
            <source>Role palette</source>
            <translation>Rollenpalette</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="371" />
            <source>Show or hide the role palette</source>
            <translation>Die Rollenpalette ein- oder ausblenden</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="375" />
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="377" />
            <source>Host inspector</source>
            <translation>Host-Eigenschaften</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="378" />
            <source>Show or hide the host inspector</source>
            <translation>Die Host-Eigenschaften ein- oder ausblenden</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="383" />
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="385" />
            <location filename="../../app/mainwindow.cpp" line="390" />
            <source>Undo history</source>
            <translation>Änderungsverlauf</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="386" />
            <source>Show or hide the undo history</source>
            <translation>Den Änderungsverlauf ein- oder ausblenden</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="389" />
            <source>&lt;opened project&gt;</source>
            <translation>&lt;geöffnetes Projekt&gt;</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="391" />
            <source>Click an entry to go back to that state</source>
            <translation>Auf einen Eintrag klicken, um zu diesem Stand zurückzukehren</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="399" />
            <location filename="../../app/mainwindow.cpp" line="401" />
            <location filename="../../app/mainwindow.cpp" line="406" />
            <source>Findings</source>
            <translation>Befunde</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="402" />
            <source>Show or hide the findings list</source>
            <translation>Die Befundliste ein- oder ausblenden</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="407" />
            <source>Double-click a finding to select its host</source>
            <translation>Doppelklick auf einen Befund wählt seinen Host aus</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="453" />
            <source>Hosts on the canvas</source>
            <translation>Hosts auf der Zeichenfläche</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="455" />
            <source>Arrows: host pairs that flows connect</source>
            <translation>Pfeile: Hostpaare, die Verbindungen verknüpfen</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="456" />
            <source>Firewall rules derived</source>
            <translation>Abgeleitete Firewallregeln</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="457" />
            <source>Findings of the check</source>
            <translation>Befunde der Prüfung</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="458" />
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="459" />
            <source>Status bar</source>
            <translation>Statusleiste</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="461" />
            <location filename="../../app/mainwindow.cpp" line="462" />
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="478" />
            <source>No recovery copy: %1</source>
            <translation>Keine Wiederherstellungskopie: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/mainwindow.cpp" line="487" />
            <source>The selection has %n more flow(s) than the canvas draws as arrows; they are in the bundles and the rule table.</source>
            <translation>
                <numerusform>Die Auswahl hat %n Verbindung mehr, als die Zeichenfläche als Pfeil zeigt; sie ist in den Bündeln und in der Regeltabelle.</numerusform>
                <numerusform>Die Auswahl hat %n Verbindungen mehr, als die Zeichenfläche als Pfeile zeigt; sie sind in den Bündeln und in der Regeltabelle.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="584" />
            <source>The title</source>
            <translation>Der Titel</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="585" />
            <source>The change request number</source>
            <translation>Die Nummer des Änderungsantrags</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="587" />
            <source>The requester</source>
            <translation>Der Antragsteller</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="588" />
            <source>The author</source>
            <translation>Der Verfasser</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="589" />
            <source>The date</source>
            <translation>Das Datum</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="590" />
            <source>The revision</source>
            <translation>Die Revision</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="591" />
            <source>The justification</source>
            <translation>Die Begründung</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="596" />
            <source>%1 %2.</source>
            <translation>%1 %2.</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="603" />
            <source>Project Properties</source>
            <translation>Projekteigenschaften</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="611" />
            <source>About Portolan</source>
            <translation>Über Portolan</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="612" />
            <source>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;Plans the firewall flows between Microsoft Lync Server 2013 roles and writes the rule sheets.&lt;/p&gt;&lt;p&gt;Port catalog: %2&lt;br&gt;Source: %3 (%4)&lt;/p&gt;&lt;p&gt;Released under the MIT license.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;Plant die Firewallverbindungen zwischen den Rollen von Microsoft Lync Server 2013 und schreibt die Regellisten.&lt;/p&gt;&lt;p&gt;Portkatalog: %2&lt;br&gt;Quelle: %3 (%4)&lt;/p&gt;&lt;p&gt;Veröffentlicht unter der MIT-Lizenz.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="623" />
            <source>%1[*] — Portolan</source>
            <translation>%1[*] — Portolan</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/mainwindow.cpp" line="635" />
            <source>%n host(s)</source>
            <translation>
                <numerusform>%n Host</numerusform>
                <numerusform>%n Hosts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/mainwindow.cpp" line="636" />
            <source>%n arrow(s)</source>
            <translation>
                <numerusform>%n Pfeil</numerusform>
                <numerusform>%n Pfeile</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/mainwindow.cpp" line="637" />
            <source>%n rule(s)</source>
            <translation>
                <numerusform>%n Regel</numerusform>
                <numerusform>%n Regeln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/mainwindow.cpp" line="638" />
            <source>%n finding(s), %1</source>
            <translation>
                <numerusform>%n Befund, %1</numerusform>
                <numerusform>%n Befunde, %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/mainwindow.cpp" line="639" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>davon %n Fehler</numerusform>
                <numerusform>davon %n Fehler</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/mainwindow.cpp" line="640" />
            <source>%n finding(s)</source>
            <translation>
                <numerusform>%n Befund</numerusform>
                <numerusform>%n Befunde</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/mainwindow.cpp" line="641" />
            <source>Findings (%1)</source>
            <translation>Befunde (%1)</translation>
        </message>
        <message>
            <location filename="../../app/planner.cpp" line="43" />
            <source>Plans the firewall flows between Microsoft Lync Server 2013 roles.</source>
            <translation>Plant die Firewallverbindungen zwischen den Rollen von Microsoft Lync Server 2013.</translation>
        </message>
        <message>
            <location filename="../../app/planner.cpp" line="48" />
            <source>Interface, role names and notes in &lt;language&gt;: en or de (default: the system language).</source>
            <translation>Oberfläche, Rollennamen und Hinweise in &lt;language&gt;: en oder de (Standard: die Systemsprache).</translation>
        </message>
        <message>
            <location filename="../../app/planner.cpp" line="55" />
            <source>The project file to open; without one the built-in sample opens.</source>
            <translation>Die zu öffnende Projektdatei; ohne sie öffnet sich das eingebaute Beispiel.</translation>
        </message>
        <message>
            <location filename="../../app/planner.cpp" line="63" />
            <source>unknown language '%1': use en or de</source>
            <translation>unbekannte Sprache '%1': en oder de verwenden</translation>
        </message>
        <message>
            <location filename="../../app/planner.cpp" line="70" />
            <source>open one file at a time</source>
            <translation>bitte nur eine Datei auf einmal öffnen</translation>
        </message>
        <message>
            <location filename="../../app/planner.cpp" line="84" />
            <source>Cannot Open Project</source>
            <translation>Projekt kann nicht geöffnet werden</translation>
        </message>
    </context>
    <context>
        <name>Portolan::MoveHostsCommand</name>
        <message numerus="yes">
            <location filename="../../views/undocommands.cpp" line="77" />
            <location filename="../../views/undocommands.cpp" line="88" />
            <source>Move %n host(s)</source>
            <translation>
                <numerusform>%n Host verschieben</numerusform>
                <numerusform>%n Hosts verschieben</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Portolan::Nftables</name>
        <message>
            <location filename="../../model/nftables.cpp" line="56" />
            <source>the interface name '%1' cannot be written for nftables: %2</source>
            <translation>der Schnittstellenname '%1' lässt sich für nftables nicht schreiben: %2</translation>
        </message>
        <message>
            <location filename="../../model/nftables.cpp" line="65" />
            <source>Portolan: forwarding policy of the firewall %1 for nftables.</source>
            <translation>Portolan: Weiterleitungsregeln der Firewall %1 für nftables.</translation>
        </message>
        <message>
            <location filename="../../model/nftables.cpp" line="69" />
            <source>Forwarded traffic that no rule here accepts is dropped.</source>
            <translation>Weitergeleiteter Verkehr, den keine Regel hier annimmt, wird verworfen.</translation>
        </message>
        <message>
            <location filename="../../model/nftables.cpp" line="70" />
            <source>This table only accepts; other tables decide about the rest.</source>
            <translation>Diese Tabelle nimmt nur an; über den Rest entscheiden andere Tabellen.</translation>
        </message>
        <message>
            <location filename="../../model/nftables.cpp" line="74" />
            <source>Loading it again replaces the table %1 and nothing else.</source>
            <translation>Erneutes Laden ersetzt die Tabelle %1 und sonst nichts.</translation>
        </message>
    </context>
    <context>
        <name>Portolan::OutputFormat</name>
        <message>
            <location filename="../../model/outputformat.cpp" line="83" />
            <source>the project has no zones and firewalls; define zones and firewalls first</source>
            <translation>das Projekt hat keine Zonen und Firewalls; legen Sie zuerst Zonen und Firewalls an</translation>
        </message>
        <message>
            <location filename="../../model/outputformat.cpp" line="93" />
            <source>unknown firewall '%1' (known: %2)</source>
            <translation>unbekannte Firewall '%1' (bekannt: %2)</translation>
        </message>
    </context>
    <context>
        <name>Portolan::Policy</name>
        <message>
            <location filename="../../model/policy.cpp" line="157" />
            <source>the port range %1-%2 is reversed</source>
            <translation>der Portbereich %1-%2 ist verkehrt herum</translation>
        </message>
        <message>
            <location filename="../../model/policy.cpp" line="161" />
            <source>the source %1 and the destination %2 are of different families</source>
            <translation>Quelle %1 und Ziel %2 gehören verschiedenen Adressfamilien an</translation>
        </message>
        <message>
            <location filename="../../model/policy.cpp" line="164" />
            <source>the flow index %1 is negative</source>
            <translation>der Verbindungsindex %1 ist negativ</translation>
        </message>
        <message>
            <location filename="../../model/policy.cpp" line="166" />
            <source>more than %1 requirements for one policy</source>
            <translation>mehr als %1 Anforderungen für eine Richtlinie</translation>
        </message>
        <message>
            <location filename="../../model/policy.cpp" line="191" />
            <source>an interface name is empty</source>
            <translation>ein Schnittstellenname ist leer</translation>
        </message>
        <message>
            <location filename="../../model/policy.cpp" line="196" />
            <source>more than %1 interfaces on one firewall</source>
            <translation>mehr als %1 Schnittstellen an einer Firewall</translation>
        </message>
        <message>
            <location filename="../../model/policy.cpp" line="256" />
            <source>more than %1 distinct port ranges in one policy</source>
            <translation>mehr als %1 verschiedene Portbereiche in einer Richtlinie</translation>
        </message>
        <message>
            <location filename="../../model/policyverify.cpp" line="70" />
            <source>rule %1 of the policy refers to a missing object or mixes families</source>
            <translation>Regel %1 der Richtlinie verweist auf ein fehlendes Objekt oder mischt Adressfamilien</translation>
        </message>
        <message>
            <location filename="../../model/policyverify.cpp" line="77" />
            <source>the address object %1 holds a malformed range</source>
            <translation>das Adressobjekt %1 enthält einen fehlerhaften Bereich</translation>
        </message>
        <message>
            <location filename="../../model/policyverify.cpp" line="84" />
            <source>the service object %1 holds a reversed port range</source>
            <translation>das Dienstobjekt %1 enthält einen verkehrten Portbereich</translation>
        </message>
        <message>
            <location filename="../../model/policyverify.cpp" line="360" />
            <source>%1 from %2 to %3, port %4</source>
            <translation>%1 von %2 nach %3, Port %4</translation>
        </message>
        <message>
            <location filename="../../model/policyverify.cpp" line="364" />
            <source>, source port %1</source>
            <translation>, Quellport %1</translation>
        </message>
        <message>
            <location filename="../../model/policyverify.cpp" line="367" />
            <source>, entering %1</source>
            <translation>, Eingang %1</translation>
        </message>
        <message>
            <location filename="../../model/policyverify.cpp" line="369" />
            <source>, leaving %1</source>
            <translation>, Ausgang %1</translation>
        </message>
        <message>
            <location filename="../../model/policyverify.cpp" line="370" />
            <source>required but not accepted: %1</source>
            <translation>gefordert, aber nicht angenommen: %1</translation>
        </message>
        <message>
            <location filename="../../model/policyverify.cpp" line="371" />
            <source>accepted but not required: %1</source>
            <translation>angenommen, aber nicht gefordert: %1</translation>
        </message>
    </context>
    <context>
        <name>Portolan::PolicyOutputs</name>
        <message>
            <location filename="../../model/policyoutputs.cpp" line="361" />
            <source>%1: %2 derived rules → %3 policy rules, %4 address objects, %5 service objects, %6 redundant dropped; %7</source>
            <translation>%1: %2 abgeleitete Regeln → %3 Richtlinienregeln, %4 Adressobjekte, %5 Dienstobjekte, %6 überflüssige entfernt; %7</translation>
        </message>
        <message>
            <location filename="../../model/policyoutputs.cpp" line="369" />
            <source>exact</source>
            <translation>exakt</translation>
        </message>
        <message>
            <location filename="../../model/policyoutputs.cpp" line="370" />
            <source>NOT exact: %1</source>
            <translation>NICHT exakt: %1</translation>
        </message>
        <message>
            <location filename="../../model/policyoutputs.cpp" line="145" />
            <source>the project has no zones and firewalls; define zones and firewalls first</source>
            <translation>das Projekt hat keine Zonen und Firewalls; legen Sie zuerst Zonen und Firewalls an</translation>
        </message>
        <message>
            <location filename="../../model/policyoutputs.cpp" line="155" />
            <source>%1 writes one firewall at a time: name it (--firewall NAME), or write every firewall's file (--split-firewalls FOLDER)</source>
            <translation>%1 schreibt jeweils eine Firewall: nennen Sie sie (--firewall NAME) oder schreiben Sie die Datei jeder Firewall (--split-firewalls ORDNER)</translation>
        </message>
        <message>
            <location filename="../../model/policyoutputs.cpp" line="168" />
            <source>%1: the compiled policy is not exact: %2</source>
            <translation>%1: die übersetzte Richtlinie ist nicht exakt: %2</translation>
            <location filename="../../model/policyoutputs.cpp" line="237" />
        </message>
        <message>
            <location filename="../../model/policyoutputs.cpp" line="217" />
            <source>windows-firewall writes one server at a time: name it (--host NAME), or write every server's script (--split-firewalls FOLDER)</source>
            <translation>windows-firewall schreibt jeweils einen Server: nennen Sie ihn (--host NAME) oder schreiben Sie das Skript jedes Servers (--split-firewalls ORDNER)</translation>
        </message>
        <message>
            <location filename="../../model/policyoutputs.cpp" line="229" />
            <source>no server '%1' receives a rule (servers: %2)</source>
            <translation>kein Server '%1' empfängt eine Regel (Server: %2)</translation>
        </message>
    </context>
    <context>
        <name>Portolan::PolicyText</name>
        <message>
            <location filename="../../model/policytext.cpp" line="111" />
            <source>Project: %1</source>
            <translation>Projekt: %1</translation>
        </message>
        <message>
            <location filename="../../model/policytext.cpp" line="113" />
            <source>%1 required flows -&gt; %2 accept rules, %3 address objects, %4 service objects; %5 redundant dropped.</source>
            <translation>%1 geforderte Verbindungen -&gt; %2 Annahmeregeln, %3 Adressobjekte, %4 Dienstobjekte; %5 überflüssige entfernt.</translation>
        </message>
        <message>
            <location filename="../../model/policytext.cpp" line="120" />
            <source>Written by Portolan from the project's port tables; edit the project, not this file.</source>
            <translation>Von Portolan aus den Porttabellen des Projekts geschrieben; ändern Sie das Projekt, nicht diese Datei.</translation>
        </message>
        <message>
            <location filename="../../model/policytext.cpp" line="129" />
            <source>Linux interface names have 1 to 15 bytes</source>
            <translation>Linux-Schnittstellennamen haben 1 bis 15 Bytes</translation>
        </message>
        <message>
            <location filename="../../model/policytext.cpp" line="133" />
            <source>'.' and '..' are not interface names</source>
            <translation>'.' und '..' sind keine Schnittstellennamen</translation>
        </message>
        <message>
            <location filename="../../model/policytext.cpp" line="139" />
            <source>Linux interface names have no white space, quotes, slashes or control characters</source>
            <translation>Linux-Schnittstellennamen enthalten keine Leerzeichen, Anführungszeichen, Schrägstriche oder Steuerzeichen</translation>
        </message>
    </context>
    <context>
        <name>Portolan::ProjectFile</name>
        <message>
            <location filename="../../model/projectfile.cpp" line="107" />
            <location filename="../../model/projectfile.cpp" line="159" />
            <location filename="../../model/projectfile.cpp" line="250" />
            <source>is empty</source>
            <translation>ist leer</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="109" />
            <source>host '%1'</source>
            <translation>Host '%1'</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="117" />
            <source>'%1' is not a role of catalog '%2'</source>
            <translation>'%1' ist keine Rolle des Katalogs '%2'</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="120" />
            <source>'%1' is a pseudo-role and cannot be a host</source>
            <translation>'%1' ist eine Pseudorolle und kann kein Host sein</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="124" />
            <source>lists %1 addresses; at most %2 are allowed</source>
            <translation>nennt %1 Adressen; höchstens %2 sind erlaubt</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="130" />
            <location filename="../../model/projectfile.cpp" line="203" />
            <location filename="../../model/projectfile.cpp" line="349" />
            <source>must be a string, not %1</source>
            <translation>muss eine Zeichenkette sein, nicht %1</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="136" />
            <source>is not a valid address: %1</source>
            <translation>ist keine gültige Adresse: %1</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="140" />
            <source>repeats the address %1</source>
            <translation>wiederholt die Adresse %1</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="168" />
            <source>must not be negative</source>
            <translation>darf nicht negativ sein</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="180" />
            <source>zone '%1'</source>
            <translation>Zone '%1'</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="183" />
            <source>repeats the id of an earlier zone</source>
            <translation>wiederholt die ID einer früheren Zone</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="192" />
            <source>is '%1'; a zone is internal, perimeter or external</source>
            <translation>ist '%1'; eine Zone ist internal, perimeter oder external</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="196" />
            <source>lists %1 networks; at most %2 are allowed</source>
            <translation>nennt %1 Netzwerke; höchstens %2 sind erlaubt</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="209" />
            <source>is not a valid network: %1</source>
            <translation>ist kein gültiges Netzwerk: %1</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="215" />
            <source>repeats the network %1</source>
            <translation>wiederholt das Netzwerk %1</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="221" />
            <source>is %1, which is a network of zone '%2' already; a network belongs to one zone</source>
            <translation>ist %1, das schon ein Netzwerk der Zone '%2' ist; ein Netzwerk gehört zu einer Zone</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="246" />
            <location filename="../../model/projectfile.cpp" line="354" />
            <source>names an unknown zone '%1'</source>
            <translation>nennt eine unbekannte Zone '%1'</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="256" />
            <source>repeats the interface name '%1'</source>
            <translation>wiederholt den Schnittstellennamen '%1'</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="259" />
            <source>joins zone '%1' again, as interface '%2' does; a firewall has one interface per zone</source>
            <translation>verbindet Zone '%1' noch einmal, wie schon Schnittstelle '%2'; eine Firewall hat eine Schnittstelle je Zone</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="271" />
            <source>firewall '%1'</source>
            <translation>Firewall '%1'</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="274" />
            <source>repeats the id of an earlier firewall</source>
            <translation>wiederholt die ID einer früheren Firewall</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="284" />
            <source>lists no interface; a firewall joins at least two zones</source>
            <translation>nennt keine Schnittstelle; eine Firewall verbindet mindestens zwei Zonen</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="285" />
            <source>lists one interface only; a firewall joins at least two zones</source>
            <translation>nennt nur eine Schnittstelle; eine Firewall verbindet mindestens zwei Zonen</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="287" />
            <source>lists %1 interfaces; at most %2 are allowed</source>
            <translation>nennt %1 Schnittstellen; höchstens %2 sind erlaubt</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="308" />
            <location filename="../../model/projectfile.cpp" line="344" />
            <source>lists %1 zones; at most %2 are allowed</source>
            <translation>nennt %1 Zonen; höchstens %2 sind erlaubt</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="327" />
            <source>lists %1 firewalls; at most %2 are allowed</source>
            <translation>nennt %1 Firewalls; höchstens %2 sind erlaubt</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="356" />
            <source>repeats the zone '%1'</source>
            <translation>wiederholt die Zone '%1'</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="494" />
            <source>cannot stand beside 'catalog'; give one of them</source>
            <translation>kann nicht neben 'catalog' stehen; nur eines davon angeben</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="497" />
            <source>lists no catalog</source>
            <translation>nennt keinen Katalog</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="500" />
            <source>must list catalog ids, not %1</source>
            <translation>muss Katalog-IDs auflisten, nicht %1</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="511" />
            <source>names the catalog '%1', which is skipped: %2</source>
            <translation>nennt den Katalog '%1', der übersprungen wird: %2</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="514" />
            <source>names an unknown catalog '%1' (known: %2)</source>
            <translation>nennt den unbekannten Katalog '%1' (bekannt: %2)</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="529" />
            <source>must list feature ids, not %1</source>
            <translation>muss Funktions-IDs auflisten, nicht %1</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="561" />
            <source>is "%1", not "%2"; this is not a Portolan project</source>
            <translation>ist "%1", nicht "%2"; das ist kein Portolan-Projekt</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="566" />
            <source>is %1, newer than this Portolan reads (%2); please update Portolan</source>
            <translation>ist %1, neuer als diese Portolan-Version lesen kann (%2); bitte Portolan aktualisieren</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="579" />
            <source>lists %1 hosts; at most %2 are allowed</source>
            <translation>nennt %1 Hosts; höchstens %2 sind erlaubt</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="587" />
            <source>repeats the id of an earlier host</source>
            <translation>wiederholt die ID eines früheren Hosts</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="609" />
            <source>%1: is a folder, not a project file</source>
            <translation>%1: ist ein Ordner, keine Projektdatei</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="614" />
            <source>%1: cannot open: %2</source>
            <translation>%1: kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="619" />
            <source>%1: the file is %2 MB; project files are at most %3 MB</source>
            <translation>%1: die Datei hat %2 MB; Projektdateien haben höchstens %3 MB</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="628" />
            <source>%1: cannot read: %2</source>
            <translation>%1: kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <location filename="../../model/projectfile.cpp" line="703" />
            <source>%1: cannot read the previous version to keep it as %1.bak: %2</source>
            <translation>%1: die vorige Fassung kann nicht gelesen werden, um sie als %1.bak aufzubewahren: %2</translation>
        </message>
    </context>
    <context>
        <name>Portolan::PropertiesDialog</name>
        <message>
            <location filename="../../views/propertiesdialog.cpp" line="31" />
            <source>Project Properties</source>
            <translation>Projekteigenschaften</translation>
        </message>
        <message>
            <location filename="../../views/propertiesdialog.cpp" line="32" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../views/propertiesdialog.cpp" line="32" />
            <source>The title on every printed page</source>
            <translation>Der Titel auf jeder gedruckten Seite</translation>
        </message>
        <message>
            <location filename="../../views/propertiesdialog.cpp" line="33" />
            <source>Change request number</source>
            <translation>Nummer des Änderungsantrags</translation>
        </message>
        <message>
            <location filename="../../views/propertiesdialog.cpp" line="34" />
            <source>The number of the firewall change request</source>
            <translation>Die Nummer des Firewall-Änderungsantrags</translation>
        </message>
        <message>
            <location filename="../../views/propertiesdialog.cpp" line="35" />
            <source>Requester</source>
            <translation>Antragsteller</translation>
        </message>
        <message>
            <location filename="../../views/propertiesdialog.cpp" line="35" />
            <source>Who asks for the change</source>
            <translation>Wer die Änderung beantragt</translation>
        </message>
        <message>
            <location filename="../../views/propertiesdialog.cpp" line="36" />
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <location filename="../../views/propertiesdialog.cpp" line="36" />
            <source>Who prepared the rules</source>
            <translation>Wer die Regeln erstellt hat</translation>
        </message>
        <message>
            <location filename="../../views/propertiesdialog.cpp" line="37" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../views/propertiesdialog.cpp" line="37" />
            <source>The date of this revision, e.g. 2026-11-25</source>
            <translation>Das Datum dieser Revision, z. B. 2026-11-25</translation>
        </message>
        <message>
            <location filename="../../views/propertiesdialog.cpp" line="38" />
            <source>YYYY-MM-DD</source>
            <translation>JJJJ-MM-TT</translation>
        </message>
        <message>
            <location filename="../../views/propertiesdialog.cpp" line="39" />
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <location filename="../../views/propertiesdialog.cpp" line="39" />
            <source>The revision of the request</source>
            <translation>Die Revision des Antrags</translation>
        </message>
        <message>
            <location filename="../../views/propertiesdialog.cpp" line="41" />
            <source>Justification</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <location filename="../../views/propertiesdialog.cpp" line="42" />
            <source>Why the change is needed, as the change board reads it</source>
            <translation>Warum die Änderung nötig ist, so wie das Change Advisory Board sie liest</translation>
        </message>
        <message>
            <location filename="../../views/propertiesdialog.cpp" line="45" />
            <source>&amp;Today</source>
            <translation>&amp;Heute</translation>
        </message>
        <message>
            <location filename="../../views/propertiesdialog.cpp" line="46" />
            <location filename="../../views/propertiesdialog.cpp" line="47" />
            <source>Set the date to today</source>
            <translation>Das heutige Datum eintragen</translation>
        </message>
        <message>
            <location filename="../../views/propertiesdialog.cpp" line="55" />
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <location filename="../../views/propertiesdialog.cpp" line="56" />
            <source>&amp;Change request:</source>
            <translation>&amp;Änderungsantrag:</translation>
        </message>
        <message>
            <location filename="../../views/propertiesdialog.cpp" line="57" />
            <source>&amp;Requester:</source>
            <translation>&amp;Antragsteller:</translation>
        </message>
        <message>
            <location filename="../../views/propertiesdialog.cpp" line="58" />
            <source>&amp;Author:</source>
            <translation>Auto&amp;r:</translation>
        </message>
        <message>
            <location filename="../../views/propertiesdialog.cpp" line="59" />
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <location filename="../../views/propertiesdialog.cpp" line="60" />
            <source>Re&amp;vision:</source>
            <translation>Re&amp;vision:</translation>
        </message>
        <message>
            <location filename="../../views/propertiesdialog.cpp" line="61" />
            <source>&amp;Justification:</source>
            <translation>&amp;Begründung:</translation>
        </message>
    </context>
    <context>
        <name>Portolan::RemoveHostsCommand</name>
        <message numerus="yes">
            <location filename="../../views/undocommands.cpp" line="41" />
            <source>Delete %n host(s)</source>
            <translation>
                <numerusform>%n Host löschen</numerusform>
                <numerusform>%n Hosts löschen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Portolan::RolePalette</name>
        <message>
            <location filename="../../views/rolepalette.cpp" line="34" />
            <source>Server roles</source>
            <translation>Serverrollen</translation>
        </message>
        <message>
            <location filename="../../views/rolepalette.cpp" line="36" />
            <source>Drag a role onto the canvas, or press Enter, to add a host of that role</source>
            <translation>Eine Rolle auf die Zeichenfläche ziehen oder die Eingabetaste drücken, um einen Host dieser Rolle hinzuzufügen</translation>
        </message>
        <message>
            <location filename="../../views/rolepalette.cpp" line="37" />
            <source>Drag a role onto the canvas to add a host</source>
            <translation>Eine Rolle auf die Zeichenfläche ziehen, um einen Host hinzuzufügen</translation>
        </message>
        <message>
            <location filename="../../views/rolepalette.cpp" line="52" />
            <source>%1
Drag onto the canvas or double-click to add one.</source>
            <translation>%1
Auf die Zeichenfläche ziehen oder doppelklicken, um einen hinzuzufügen.</translation>
        </message>
        <message>
            <location filename="../../views/rolepalette.cpp" line="54" />
            <source>Adds a host of the role %1</source>
            <translation>Fügt einen Host der Rolle %1 hinzu</translation>
        </message>
    </context>
    <context>
        <name>Portolan::RuleDock</name>
        <message>
            <location filename="../../views/ruledock.cpp" line="29" />
            <source>Rules</source>
            <translation>Regeln</translation>
        </message>
        <message>
            <location filename="../../views/ruledock.cpp" line="36" />
            <source>Firewall rules</source>
            <translation>Firewallregeln</translation>
        </message>
        <message>
            <location filename="../../views/ruledock.cpp" line="37" />
            <source>Show or hide the rule table</source>
            <translation>Die Regeltabelle ein- oder ausblenden</translation>
        </message>
        <message>
            <location filename="../../views/ruledock.cpp" line="46" />
            <source>Filter by host, address, port or description</source>
            <translation>Nach Host, Adresse, Port oder Beschreibung filtern</translation>
        </message>
        <message>
            <location filename="../../views/ruledock.cpp" line="47" />
            <source>Show only rules that contain this text in any column</source>
            <translation>Nur Regeln zeigen, die diesen Text in einer Spalte enthalten</translation>
        </message>
        <message>
            <location filename="../../views/ruledock.cpp" line="48" />
            <source>Rule filter</source>
            <translation>Regelfilter</translation>
        </message>
        <message>
            <location filename="../../views/ruledock.cpp" line="51" />
            <source>Show only rules of this protocol</source>
            <translation>Nur Regeln dieses Protokolls zeigen</translation>
        </message>
        <message>
            <location filename="../../views/ruledock.cpp" line="52" />
            <source>Protocol filter</source>
            <translation>Protokollfilter</translation>
        </message>
        <message>
            <location filename="../../views/ruledock.cpp" line="56" />
            <source>Show only rules from or to hosts of this role</source>
            <translation>Nur Regeln von oder zu Hosts dieser Rolle zeigen</translation>
        </message>
        <message>
            <location filename="../../views/ruledock.cpp" line="57" />
            <source>Role filter</source>
            <translation>Rollenfilter</translation>
        </message>
        <message>
            <location filename="../../views/ruledock.cpp" line="61" />
            <source>Rules shown</source>
            <translation>Angezeigte Regeln</translation>
        </message>
        <message>
            <location filename="../../views/ruledock.cpp" line="63" />
            <source>F&amp;ilter:</source>
            <translation>F&amp;ilter:</translation>
        </message>
        <message>
            <location filename="../../views/ruledock.cpp" line="75" />
            <source>Rule table</source>
            <translation>Regeltabelle</translation>
        </message>
        <message numerus="yes">
            <location filename="../../views/ruledock.cpp" line="156" />
            <source>%1 of %n rule(s)</source>
            <translation>
                <numerusform>%1 von %n Regel</numerusform>
                <numerusform>%1 von %n Regeln</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../views/ruledock.cpp" line="157" />
            <source>Rules (%1)</source>
            <translation>Regeln (%1)</translation>
        </message>
        <message>
            <location filename="../../views/ruledock.cpp" line="168" />
            <source>All protocols</source>
            <translation>Alle Protokolle</translation>
        </message>
        <message>
            <location filename="../../views/ruledock.cpp" line="177" />
            <source>All roles</source>
            <translation>Alle Rollen</translation>
        </message>
    </context>
    <context>
        <name>Portolan::RuleTableModel</name>
        <message>
            <location filename="../../views/ruletablemodel.cpp" line="135" />
            <source>Click to sort by this column; click again to reverse the order.</source>
            <translation>Klicken, um nach dieser Spalte zu sortieren; erneut klicken kehrt die Reihenfolge um.</translation>
        </message>
    </context>
    <context>
        <name>Portolan::SaveFile</name>
        <message>
            <location filename="../../model/savefile.cpp" line="25" />
            <source>cannot write to standard output</source>
            <translation>die Standardausgabe kann nicht geschrieben werden</translation>
        </message>
        <message>
            <location filename="../../model/savefile.cpp" line="33" />
            <location filename="../../model/savefile.cpp" line="45" />
            <source>%1: cannot write: %2</source>
            <translation>%1: kann nicht geschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>Portolan::TopologyScene</name>
        <message>
            <location filename="../../views/topologyscene.cpp" line="198" />
            <source>Any</source>
            <translation>Beliebig</translation>
        </message>
        <message>
            <location filename="../../views/topologyscene.cpp" line="201" />
            <source>%1 → %2: %3</source>
            <translation>%1 → %2: %3</translation>
        </message>
        <message>
            <location filename="../../views/topologyscene.cpp" line="485" />
            <source>Add %1</source>
            <translation>%1 hinzufügen</translation>
        </message>
        <message>
            <location filename="../../views/topologyscene.cpp" line="539" />
            <source>Arrange by role</source>
            <translation>Nach Rolle anordnen</translation>
        </message>
    </context>
    <context>
        <name>Portolan::UndoCommands</name>
        <message>
            <location filename="../../views/undocommands.cpp" line="108" />
            <source>Rename host</source>
            <translation>Host umbenennen</translation>
        </message>
        <message>
            <location filename="../../views/undocommands.cpp" line="115" />
            <source>Change role</source>
            <translation>Rolle ändern</translation>
        </message>
        <message>
            <location filename="../../views/undocommands.cpp" line="123" />
            <source>Change description</source>
            <translation>Beschreibung ändern</translation>
        </message>
        <message>
            <location filename="../../views/undocommands.cpp" line="131" />
            <source>Change addresses</source>
            <translation>Adressen ändern</translation>
        </message>
        <message numerus="yes">
            <location filename="../../views/undocommands.cpp" line="138" />
            <source>Import %n host(s)</source>
            <translation>
                <numerusform>%n Host importieren</numerusform>
                <numerusform>%n Hosts importieren</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Portolan::Validation</name>
        <message>
            <location filename="../../model/validation.cpp" line="35" />
            <source>is %1 characters long; at most %2 are allowed</source>
            <translation>ist %1 Zeichen lang; höchstens %2 sind erlaubt</translation>
        </message>
        <message>
            <location filename="../../model/validation.cpp" line="40" />
            <source>contains a control character</source>
            <translation>enthält ein Steuerzeichen</translation>
        </message>
        <message>
            <location filename="../../model/validation.cpp" line="47" />
            <source>is empty</source>
            <translation>ist leer</translation>
        </message>
        <message>
            <location filename="../../model/validation.cpp" line="78" />
            <source>%1 is a host address, not a network; write %1/%2 for this address alone</source>
            <translation>%1 ist eine Hostadresse, kein Netzwerk; schreiben Sie %1/%2 für diese Adresse allein</translation>
        </message>
    </context>
    <context>
        <name>Portolan::WindowsFirewall</name>
        <message>
            <location filename="../../model/windowsfirewall.cpp" line="70" />
            <source>the policy for %1 names firewall interfaces; a Windows Firewall script needs the host's own policy</source>
            <translation>die Richtlinie für %1 nennt Firewall-Schnittstellen; ein Windows-Firewall-Skript braucht die eigene Richtlinie des Hosts</translation>
        </message>
        <message>
            <location filename="../../model/windowsfirewall.cpp" line="78" />
            <source>(untitled project)</source>
            <translation>(Projekt ohne Titel)</translation>
        </message>
        <message>
            <location filename="../../model/windowsfirewall.cpp" line="81" />
            <source>Portolan: Windows Firewall rules for %1.</source>
            <translation>Portolan: Windows-Firewall-Regeln für %1.</translation>
        </message>
        <message>
            <location filename="../../model/windowsfirewall.cpp" line="84" />
            <source>Run it in an elevated PowerShell on the server; -Preview shows what it would change.</source>
            <translation>Führen Sie es in einer PowerShell mit Administratorrechten auf dem Server aus; -Preview zeigt, was es ändern würde.</translation>
        </message>
        <message>
            <location filename="../../model/windowsfirewall.cpp" line="87" />
            <source>It replaces the rules of its group and leaves every other rule alone.</source>
            <translation>Es ersetzt die Regeln seiner Gruppe und lässt alle anderen Regeln unberührt.</translation>
        </message>
        <message>
            <location filename="../../model/windowsfirewall.cpp" line="103" />
            <source>any port</source>
            <translation>jeder Port</translation>
        </message>
    </context>
</TS>
