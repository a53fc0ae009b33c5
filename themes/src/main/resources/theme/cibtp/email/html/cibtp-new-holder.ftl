<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("cibtpNewHolderBodyHtml_" + kind, newHolder, name, identifiant))?no_esc}
</@layout.emailLayout>
