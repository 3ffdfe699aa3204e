# Portolan: Windows Firewall rules for EDGE-01.
# Project: Zones: a chain, a catch-all, a tie, an IPv6-only zone and a multi-homed server
# 10 required flows -> 2 accept rules, 3 address objects, 2 service objects; 0 redundant dropped.
# Written by Portolan from the project's port tables; edit the project, not this file.
# Run it in an elevated PowerShell on the server; -Preview shows what it would change.
# It replaces the rules of its group and leaves every other rule alone.
[CmdletBinding()]
param([switch]$Preview)
$ErrorActionPreference = 'Stop'
$group = 'Portolan Zones: a chain, a catch-all, a tie, an IPv6-only zone and a multi-homed server'
Remove-NetFirewallRule -Group $group -ErrorAction SilentlyContinue -WhatIf:$Preview
New-NetFirewallRule -Name 'Portolan Zones: a chain, a catch-all, a tie, an IPv6-only zone and a multi-homed server EDGE-01 1' -DisplayName 'Portolan TCP 5061: servers-edge-sip JJ204648, introduction' -Description 'servers-edge-sip JJ204648, introduction' -Group $group -Direction Inbound -Protocol TCP -LocalPort '5061' -RemoteAddress '10.1.2.20','10.1.3.11' -LocalAddress '10.1.9.200','172.16.4.10' -Action Allow -Profile Domain -WhatIf:$Preview
New-NetFirewallRule -Name 'Portolan Zones: a chain, a catch-all, a tie, an IPv6-only zone and a multi-homed server EDGE-01 2' -DisplayName 'Portolan TCP 50001-50003: any-edge-cls-50001 JJ204648, table row 7; any-edge-cls-50002 JJ204648, table row 8; any-edge-cls-50003 JJ204648, table row 9' -Description 'any-edge-cls-50001 JJ204648, table row 7; any-edge-cls-50002 JJ204648, table row 8; any-edge-cls-50003 JJ204648, table row 9' -Group $group -Direction Inbound -Protocol TCP -LocalPort '50001-50003' -RemoteAddress 'Any' -LocalAddress '10.1.9.200','172.16.4.10' -Action Allow -Profile Domain -WhatIf:$Preview
