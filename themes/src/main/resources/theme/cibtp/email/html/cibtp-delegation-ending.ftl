<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("cibtpDelegationEndingBodyHtml", site, fin, beneficiaire))?no_esc}
</@layout.emailLayout>
