# Portolan: Windows Firewall rules for DIR-01.
# Project: Zones: a chain, a catch-all, a tie, an IPv6-only zone and a multi-homed server
# 8 required flows -> 3 accept rules, 4 address objects, 3 service objects; 0 redundant dropped.
# Written by Portolan from the project's port tables; edit the project, not this file.
# Run it in an elevated PowerShell on the server; -Preview shows what it would change.
# It replaces the rules of its group and leaves every other rule alone.
[CmdletBinding()]
param([switch]$Preview)
$ErrorActionPreference = 'Stop'
$group = 'Portolan Zones: a chain, a catch-all, a tie, an IPv6-only zone and a multi-homed server'
Remove-NetFirewallRule -Group $group -ErrorAction SilentlyContinue -WhatIf:$Preview
New-NetFirewallRule -Name 'Portolan Zones: a chain, a catch-all, a tie, an IPv6-only zone and a multi-homed server DIR-01 1' -DisplayName 'Portolan TCP 80,443: clients-director-http JJ204648, table row 4; clients-director-https JJ204648, table row 5' -Description 'clients-director-http JJ204648, table row 4; clients-director-https JJ204648, table row 5' -Group $group -Direction Inbound -Protocol TCP -LocalPort '80','443' -RemoteAddress '10.20.0.0/16','192.168.0.0/16' -LocalAddress '10.1.2.20' -Action Allow -Profile Domain -WhatIf:$Preview
New-NetFirewallRule -Name 'Portolan Zones: a chain, a catch-all, a tie, an IPv6-only zone and a multi-homed server DIR-01 2' -DisplayName 'Portolan TCP 4443,8080: rp-director-http JJ204648, table row 1; rp-director-https JJ204648, table row 2' -Description 'rp-director-http JJ204648, table row 1; rp-director-https JJ204648, table row 2' -Group $group -Direction Inbound -Protocol TCP -LocalPort '4443','8080' -RemoteAddress '172.16.1.10' -LocalAddress '10.1.2.20' -Action Allow -Profile Domain -WhatIf:$Preview
New-NetFirewallRule -Name 'Portolan Zones: a chain, a catch-all, a tie, an IPv6-only zone and a multi-homed server DIR-01 3' -DisplayName 'Portolan TCP 5061: edge-director-sip JJ204648, table row 6' -Description 'edge-director-sip JJ204648, table row 6' -Group $group -Direction Inbound -Protocol TCP -LocalPort '5061' -RemoteAddress '10.1.9.200','172.16.4.10' -LocalAddress '10.1.2.20' -Action Allow -Profile Domain -WhatIf:$Preview
