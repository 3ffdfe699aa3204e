# Portolan: Windows Firewall rules for FE-01.
# Project: Zones: a chain, a catch-all, a tie, an IPv6-only zone and a multi-homed server
# 5 required flows -> 3 accept rules, 4 address objects, 3 service objects; 0 redundant dropped.
# Written by Portolan from the project's port tables; edit the project, not this file.
# Run it in an elevated PowerShell on the server; -Preview shows what it would change.
# It replaces the rules of its group and leaves every other rule alone.
[CmdletBinding()]
param([switch]$Preview)
$ErrorActionPreference = 'Stop'
$group = 'Portolan Zones: a chain, a catch-all, a tie, an IPv6-only zone and a multi-homed server'
Remove-NetFirewallRule -Group $group -ErrorAction SilentlyContinue -WhatIf:$Preview
New-NetFirewallRule -Name 'Portolan Zones: a chain, a catch-all, a tie, an IPv6-only zone and a multi-homed server FE-01 1' -DisplayName 'Portolan TCP 444: director-frontend-https JJ204648, table row 3' -Description 'director-frontend-https JJ204648, table row 3' -Group $group -Direction Inbound -Protocol TCP -LocalPort '444' -RemoteAddress '10.1.2.20' -LocalAddress '10.1.3.11' -Action Allow -Profile Domain -WhatIf:$Preview
New-NetFirewallRule -Name 'Portolan Zones: a chain, a catch-all, a tie, an IPv6-only zone and a multi-homed server FE-01 2' -DisplayName 'Portolan TCP 4443,8080: rp-frontend-http JJ204648, introduction; rp-frontend-https JJ204648, introduction' -Description 'rp-frontend-http JJ204648, introduction; rp-frontend-https JJ204648, introduction' -Group $group -Direction Inbound -Protocol TCP -LocalPort '4443','8080' -RemoteAddress '172.16.1.10' -LocalAddress '10.1.3.11' -Action Allow -Profile Domain -WhatIf:$Preview
New-NetFirewallRule -Name 'Portolan Zones: a chain, a catch-all, a tie, an IPv6-only zone and a multi-homed server FE-01 3' -DisplayName 'Portolan TCP 5061: edge-frontend-sip JJ204648, introduction' -Description 'edge-frontend-sip JJ204648, introduction' -Group $group -Direction Inbound -Protocol TCP -LocalPort '5061' -RemoteAddress '10.1.9.200','172.16.4.10' -LocalAddress '10.1.3.11' -Action Allow -Profile Domain -WhatIf:$Preview
