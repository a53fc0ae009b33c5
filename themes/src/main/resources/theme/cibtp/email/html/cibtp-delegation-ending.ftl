<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("cibtpDelegationEndingBodyHtml", raisonSociale, fin, beneficiaire, site, identifiant))?no_esc}
</@layout.emailLayout>
