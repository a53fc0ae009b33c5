<#-- One layout for every email of both spaces: the caisse's name and logo (Realm settings, tab CIBTP), a band in the
     space's colour naming the space, the body, a "do not reply" footer. Inline styles and presentation tables only,
     for mail clients; a long link wraps instead of widening the email past a phone's screen.
     Attributes added to every email by the look module: caisseName, caisseLogo (empty: none), space. -->
<#assign colour = properties["cibtpColour_" + (space!"entreprise")]!"#5c2483">
<#macro emailLayout>
<!DOCTYPE html>
<html lang="${locale.language}" dir="${(ltr)?then('ltr','rtl')}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${msg("cibtpEmailSpace_" + (space!"entreprise"))}</title>
</head>
<body style="margin:0;padding:0;background-color:#f2f2f2;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f2f2;">
<tr>
<td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background-color:#ffffff;border:1px solid #d9d9d9;">
<tr>
<td style="padding:16px 24px 12px 24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;font-weight:bold;line-height:1.4;color:#3c3c3b;">
<#if (caisseLogo!"")?has_content><img src="${caisseLogo}" alt="" height="40" style="display:block;height:40px;width:auto;border:0;margin-bottom:8px;"></#if>
<span id="cibtp-email-caisse">${caisseName!""}</span>
</td>
</tr>
<tr>
<td bgcolor="${colour}" style="padding:12px 24px;background-color:${colour};font-family:Arial,Helvetica,sans-serif;font-size:17px;font-weight:bold;letter-spacing:0.04em;text-transform:uppercase;color:#ffffff;" id="cibtp-email-space">${msg("cibtpEmailSpace_" + (space!"entreprise"))}</td>
</tr>
<tr>
<td style="padding:8px 24px 16px 24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a;overflow-wrap:anywhere;word-break:break-word;">
<#nested>
</td>
</tr>
<tr>
<td style="padding:16px 24px;border-top:1px solid #d9d9d9;font-family:Arial,Helvetica,sans-serif;font-size:12px;line-height:1.5;color:#595959;">${msg("cibtpEmailFooter", caisseName!"")}</td>
</tr>
</table>
</td>
</tr>
</table>
</body>
</html>
</#macro>

<#-- The action of an email: a table cell in the space's colour holding the link, which stays one block at any width
     (padding on an inline link splits into two blocks when its words wrap), then the same link written short for a
     client that shows no button: the server and the realm (where it leads), the whole address behind it. -->
<#macro button href label>
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:20px 0 8px 0;">
<tr>
<td class="cibtp-email-button" bgcolor="${colour}" style="background-color:${colour};border-radius:4px;">
<a href="${href}" style="display:inline-block;padding:12px 24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;font-weight:bold;line-height:1.3;color:#ffffff;text-decoration:none;border-radius:4px;">${label}</a>
</td>
</tr>
</table>
<#assign parts = href?keep_before("?")?split("/")>
<p style="margin:0 0 16px 0;font-size:13px;color:#595959;">${msg("cibtpEmailButtonFallback")} <a href="${href}" style="color:${colour};">${(parts?size > 5)?then(parts[0..4]?join("/"), href?keep_before("?"))}/…</a></p>
</#macro>
