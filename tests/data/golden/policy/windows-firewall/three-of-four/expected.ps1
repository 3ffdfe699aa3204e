# Portolan: Windows Firewall rules for SRV-X.
# Project: Three of four
# 3 required flows -> 2 accept rules, 4 address objects, 1 service objects; 0 redundant dropped.
# Written by Portolan from the project's port tables; edit the project, not this file.
# Run it in an elevated PowerShell on the server; -Preview shows what it would change.
# It replaces the rules of its group and leaves every other rule alone.
[CmdletBinding()]
param([switch]$Preview)
$ErrorActionPreference = 'Stop'
$group = 'Portolan Three of four'
Remove-NetFirewallRule -Group $group -ErrorAction SilentlyContinue -WhatIf:$Preview
New-NetFirewallRule -Name 'Portolan Three of four SRV-X 1' -DisplayName 'Portolan TCP 443: web-a T1, row 1; web-b T1, row 2' -Description 'web-a T1, row 1; web-b T1, row 2' -Group $group -Direction Inbound -Protocol TCP -LocalPort '443' -RemoteAddress '10.0.0.1','10.0.0.2' -LocalAddress '10.9.0.1' -Action Allow -Profile Domain -WhatIf:$Preview
New-NetFirewallRule -Name 'Portolan Three of four SRV-X 2' -DisplayName 'Portolan TCP 443: web-a T1, row 1' -Description 'web-a T1, row 1' -Group $group -Direction Inbound -Protocol TCP -LocalPort '443' -RemoteAddress '2001:db8::1' -LocalAddress '2001:db8:9::1' -Action Allow -Profile Domain -WhatIf:$Preview
