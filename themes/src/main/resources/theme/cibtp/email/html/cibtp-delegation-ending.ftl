<#import "template.ftl" as layout>
<@layout.emailLayout>
<#-- A site the registry no longer has is named by its identifiant only. -->
<#assign body = raisonSociale?has_content?then("cibtpDelegationEndingBodyHtml", "cibtpDelegationEndingUnknownSiteBodyHtml")>
${kcSanitize(msg(body, raisonSociale, fin, beneficiaire, site, identifiant))?no_esc}
<#if link??>
<@layout.button href=link label=msg("cibtpDelegationEndingButton")/>
</#if>
</@layout.emailLayout>
