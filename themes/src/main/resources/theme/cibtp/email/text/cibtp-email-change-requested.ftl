<#ftl output_format="plainText">
${msg("cibtpEmailChangeRequestedBody", newEmail, link, linkExpirationFormatter(linkExpiration))}
<#if confirmLink??>
${msg("cibtpEmailChangeRequestedWaitBody", confirmLink, effectiveAt)}
</#if>
