<#ftl output_format="plainText">
${msg("cibtpDelegationEndingBody", site, fin, beneficiaire)}
