<#-- Base's required-action names, in our words (requiredAction.* in messages/). -->
<#import "template.ftl" as layout>
<#outputformat "plainText">
  <#assign requiredActionsText><#if requiredActions??><#list requiredActions><#items as reqActionItem>${msg("requiredAction.${reqActionItem}")}<#sep>, </#sep></#items></#list></#if></#assign>
</#outputformat>
<@layout.emailLayout>
${kcSanitize(msg("executeActionsIntroHtml", link, linkExpiration, realmName, requiredActionsText, linkExpirationFormatter(linkExpiration)))?no_esc}
<@layout.button href=link label=msg("executeActionsButton")/>
${kcSanitize(msg("executeActionsOutroHtml", link, linkExpiration, realmName, requiredActionsText, linkExpirationFormatter(linkExpiration)))?no_esc}
</@layout.emailLayout>
