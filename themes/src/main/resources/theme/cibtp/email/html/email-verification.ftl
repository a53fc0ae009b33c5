<#-- Keycloak's verify-email link: the activation email of a new account, or the re-certification email of an
     account certified before (Keycloak's "resend" on its page sends this one too). -->
<#import "template.ftl" as layout>
<#assign body = (user.attributes.emailCertifiedAt??)?then("cibtpRecertificationEmail", "emailVerification")>
<@layout.emailLayout>
${kcSanitize(msg(body + "IntroHtml", link, linkExpiration, realmName, linkExpirationFormatter(linkExpiration)))?no_esc}
<@layout.button href=link label=msg(body + "Button")/>
${kcSanitize(msg(body + "OutroHtml", link, linkExpiration, realmName, linkExpirationFormatter(linkExpiration)))?no_esc}
</@layout.emailLayout>
