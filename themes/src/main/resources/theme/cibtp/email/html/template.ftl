<#-- Sober CIBTP layout around base's bodies: a header line, the body, a "do not reply" footer.
     Inline styles and presentation tables only, for mail clients; neutral CIBTP colours (login theme). A link written
     out in full (the action-token links are long) wraps instead of widening the email past a phone's screen. -->
<#macro emailLayout>
<!DOCTYPE html>
<html lang="${locale.language}" dir="${(ltr)?then('ltr','rtl')}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${msg("cibtpEmailHeader")}</title>
</head>
<body style="margin:0;padding:0;background-color:#f2f2f2;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f2f2;">
<tr>
<td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background-color:#ffffff;border:1px solid #d9d9d9;">
<tr>
<td style="padding:16px 24px;border-top:6px solid #3c3c3b;border-bottom:1px solid #d9d9d9;font-family:Arial,Helvetica,sans-serif;font-size:18px;font-weight:bold;letter-spacing:0.05em;color:#3c3c3b;">${msg("cibtpEmailHeader")}</td>
</tr>
<tr>
<td style="padding:8px 24px 16px 24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a;overflow-wrap:anywhere;word-break:break-word;">
<#nested>
</td>
</tr>
<tr>
<td style="padding:16px 24px;border-top:1px solid #d9d9d9;font-family:Arial,Helvetica,sans-serif;font-size:12px;line-height:1.5;color:#595959;">${msg("cibtpEmailFooter")}</td>
</tr>
</table>
</td>
</tr>
</table>
</body>
</html>
</#macro>
