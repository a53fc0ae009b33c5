<#ftl output_format="plainText">
${msg("cibtpGrantNoticeBody", grantor, grantee, msg("cibtpGrantNoticeRole_" + role), raisonSociale, site, identifiant, viewLink, closeLink)}
