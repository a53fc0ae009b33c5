<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("cibtpGrantNoticeBodyHtml", grantor, grantee, msg("cibtpGrantNoticeRole_" + role), raisonSociale, site, identifiant, viewLink, closeLink))?no_esc}
</@layout.emailLayout>
