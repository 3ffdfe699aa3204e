# Portolan: Windows Firewall rules for LYNC-DIR-01.
# Project: Contoso Lync 2013 Director (sample)
# 10 required flows -> 5 accept rules, 7 address objects, 3 service objects; 0 redundant dropped.
# Written by Portolan from the project's port tables; edit the project, not this file.
# Run it in an elevated PowerShell on the server; -Preview shows what it would change.
# It replaces the rules of its group and leaves every other rule alone.
[CmdletBinding()]
param([switch]$Preview)
$ErrorActionPreference = 'Stop'
$group = 'Portolan Contoso Lync 2013 Director (sample)'
Remove-NetFirewallRule -Group $group -ErrorAction SilentlyContinue -WhatIf:$Preview
New-NetFirewallRule -Name 'Portolan Contoso Lync 2013 Director (sample) LYNC-DIR-01 1' -DisplayName 'Portolan TCP 80,443: clients-director-http JJ204648, table row 4; clients-director-https JJ204648, table row 5' -Description 'clients-director-http JJ204648, table row 4; clients-director-https JJ204648, table row 5' -Group $group -Direction Inbound -Protocol TCP -LocalPort '80','443' -RemoteAddress '10.20.0.0/16','10.30.8.0/22' -LocalAddress '10.1.2.20' -Action Allow -Profile Domain -WhatIf:$Preview
New-NetFirewallRule -Name 'Portolan Contoso Lync 2013 Director (sample) LYNC-DIR-01 2' -DisplayName 'Portolan TCP 4443,8080: rp-director-http JJ204648, table row 1; rp-director-https JJ204648, table row 2' -Description 'rp-director-http JJ204648, table row 1; rp-director-https JJ204648, table row 2' -Group $group -Direction Inbound -Protocol TCP -LocalPort '4443','8080' -RemoteAddress '10.1.1.10' -LocalAddress '10.1.2.20' -Action Allow -Profile Domain -WhatIf:$Preview
New-NetFirewallRule -Name 'Portolan Contoso Lync 2013 Director (sample) LYNC-DIR-01 3' -DisplayName 'Portolan TCP 5061: edge-director-sip JJ204648, table row 6' -Description 'edge-director-sip JJ204648, table row 6' -Group $group -Direction Inbound -Protocol TCP -LocalPort '5061' -RemoteAddress '10.1.4.10' -LocalAddress '10.1.2.20' -Action Allow -Profile Domain -WhatIf:$Preview
New-NetFirewallRule -Name 'Portolan Contoso Lync 2013 Director (sample) LYNC-DIR-01 4' -DisplayName 'Portolan TCP 80,443: clients-director-http JJ204648, table row 4; clients-director-https JJ204648, table row 5' -Description 'clients-director-http JJ204648, table row 4; clients-director-https JJ204648, table row 5' -Group $group -Direction Inbound -Protocol TCP -LocalPort '80','443' -RemoteAddress '2001:db8:200::/56' -LocalAddress '2001:db8:12::20' -Action Allow -Profile Domain -WhatIf:$Preview
New-NetFirewallRule -Name 'Portolan Contoso Lync 2013 Director (sample) LYNC-DIR-01 5' -DisplayName 'Portolan TCP 5061: edge-director-sip JJ204648, table row 6' -Description 'edge-director-sip JJ204648, table row 6' -Group $group -Direction Inbound -Protocol TCP -LocalPort '5061' -RemoteAddress '2001:db8:14::10' -LocalAddress '2001:db8:12::20' -Action Allow -Profile Domain -WhatIf:$Preview
