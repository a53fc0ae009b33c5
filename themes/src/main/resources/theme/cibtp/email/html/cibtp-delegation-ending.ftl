<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("cibtpDelegationEndingBodyHtml", raisonSociale, fin, beneficiaire, site, identifiant))?no_esc}
<#if link??>
<@layout.button href=link label=msg("cibtpDelegationEndingButton")/>
</#if>
</@layout.emailLayout>
