<#ftl output_format="plainText">
${msg("cibtpDelegationEndingBody", raisonSociale, fin, beneficiaire, site, identifiant)}
<#if link??>
${msg("cibtpDelegationEndingButton")} : ${link}
</#if>
