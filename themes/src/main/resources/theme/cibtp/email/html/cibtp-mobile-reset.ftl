<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("cibtpMobileResetBodyHtml", link, linkExpiration, mobile))?no_esc}
</@layout.emailLayout>
