# Portolan: Windows Firewall rules for a'; Remove-Item C:\ -Recurse; '.
# Project: Title 'single' "double" back\slash next line ‘curly’ ’; Remove-Item C:\ -Recurse; ‘ ä中
# 4 required flows -> 3 accept rules, 5 address objects, 2 service objects; 0 redundant dropped.
# Written by Portolan from the project's port tables; edit the project, not this file.
# Run it in an elevated PowerShell on the server; -Preview shows what it would change.
# It replaces the rules of its group and leaves every other rule alone.
[CmdletBinding()]
param([switch]$Preview)
$ErrorActionPreference = 'Stop'
$group = 'Portolan Title ''single'' "double" back\slash next line ‘‘curly’’ ’’; Remove-Item C:\ -Recurse; ‘‘ ä中'
Remove-NetFirewallRule -Group $group -ErrorAction SilentlyContinue -WhatIf:$Preview
New-NetFirewallRule -Name 'Portolan Title ''single'' "double" back\slash next line ‘‘curly’’ ’’; Remove-Item C:\ -Recurse; ‘‘ ä中 a''; Remove-Item C:\ -Recurse; '' 1' -DisplayName 'Portolan TCP 443: bad"flow\ with newline ''; Remove-Item C:\ -Recurse; '' “quotes” }{ # -j DROP' -Description 'bad"flow\ with newline ''; Remove-Item C:\ -Recurse; '' “quotes” }{ # -j DROP' -Group $group -Direction Inbound -Protocol TCP -LocalPort '443' -RemoteAddress '10.0.0.1','10.0.0.2' -LocalAddress '10.0.0.9' -Action Allow -Profile Domain -WhatIf:$Preview
New-NetFirewallRule -Name 'Portolan Title ''single'' "double" back\slash next line ‘‘curly’’ ’’; Remove-Item C:\ -Recurse; ‘‘ ä中 a''; Remove-Item C:\ -Recurse; '' 2' -DisplayName 'Portolan TCP 5061: ünïcödé – JJ204648, table row 1 ‘‘; Remove-Item’’ end\' -Description 'ünïcödé – JJ204648, table row 1 ‘‘; Remove-Item’’ end\' -Group $group -Direction Inbound -Protocol TCP -LocalPort '5061' -RemoteAddress 'Any' -LocalAddress '10.0.0.9' -Action Allow -Profile Domain -WhatIf:$Preview
New-NetFirewallRule -Name 'Portolan Title ''single'' "double" back\slash next line ‘‘curly’’ ’’; Remove-Item C:\ -Recurse; ‘‘ ä中 a''; Remove-Item C:\ -Recurse; '' 3' -DisplayName 'Portolan TCP 443: bad"flow\ with newline ''; Remove-Item C:\ -Recurse; '' “quotes” }{ # -j DROP' -Description 'bad"flow\ with newline ''; Remove-Item C:\ -Recurse; '' “quotes” }{ # -j DROP' -Group $group -Direction Inbound -Protocol TCP -LocalPort '443' -RemoteAddress '2001:db8::1' -LocalAddress '2001:db8::9' -Action Allow -Profile Domain -WhatIf:$Preview
