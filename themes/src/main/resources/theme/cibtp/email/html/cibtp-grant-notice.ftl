<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("cibtpGrantNoticeIntroHtml", grantor, grantee, msg("cibtpGrantNoticeRole_" + role), raisonSociale, site, identifiant, viewLink, closeLink))?no_esc}
<@layout.button href=closeLink label=msg("cibtpGrantNoticeButton")/>
<p><a href="${viewLink}" style="color:${layout.colour};">${msg("cibtpGrantNoticeView")}</a></p>
</@layout.emailLayout>
