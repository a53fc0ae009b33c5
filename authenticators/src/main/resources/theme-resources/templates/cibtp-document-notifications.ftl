<#-- "Notification des documents": be told of new documents by email and/or by SMS (SMS only with a certified mobile). -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("cibtpNoticesSection")}
    <#elseif section = "form">
        <form id="cibtp-document-notifications" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <fieldset class="cibtp-fieldset">
                <legend class="cibtp-legend">${msg("cibtpNoticesIntro")}</legend>
                <div class="pf-v5-c-check">
                    <input class="pf-v5-c-check__input" type="checkbox" id="canal-email" name="canal" value="email" <#if cibtpChosen?seq_contains("email")>checked</#if>/>
                    <label class="pf-v5-c-check__label" for="canal-email">${msg("cibtpNoticesByEmail")}</label>
                </div>
                <div class="pf-v5-c-check">
                    <input class="pf-v5-c-check__input" type="checkbox" id="canal-sms" name="canal" value="sms" aria-describedby="canal-sms-hint"
                           <#if cibtpSmsOffered && cibtpChosen?seq_contains("sms")>checked</#if> <#if !cibtpSmsOffered>disabled</#if>/>
                    <label class="pf-v5-c-check__label" for="canal-sms">${msg("cibtpNoticesBySms")}</label>
                </div>
                <p id="canal-sms-hint" class="cibtp-hint">${msg(cibtpSmsOffered?then("cibtpNoticesSmsHint", "cibtpNoticesSmsNeedsMobile"))}</p>
            </fieldset>
            <@buttons.actionGroup>
                <@buttons.button id="cibtp-validate" name="valider" label="cibtpDoValidate"/>
                <#if isAppInitiatedAction??>
                    <@buttons.button id="cibtp-cancel" name="cancel-aia" label="cibtpDoCancel" type="secondary" value="true" formnovalidate="formnovalidate"/>
                </#if>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
