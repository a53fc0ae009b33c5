package fr.cibtp.espace.signin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.cibtp.espace.email.EmailSetting;
import fr.cibtp.espace.enrollment.EnrollmentSetting;
import fr.cibtp.espace.help.HelpLinks;
import fr.cibtp.espace.help.HelpSetting;
import fr.cibtp.espace.look.CaisseLook;
import fr.cibtp.espace.look.CaisseSetting;
import fr.cibtp.espace.settings.CibtpSettings;
import fr.cibtp.espace.settings.Setting;
import fr.cibtp.espace.settings.SettingGroup;
import fr.cibtp.espace.sms.SmsSetting;

/**
 * The settings of the sign-in pages: enrollment limits, email re-certification, SMS codes and operator, help links,
 * the caisse's name and logo.
 */
public class SignInSettings implements SettingGroup {

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<? extends Setting> settings() {
        List<Setting> all = new ArrayList<>(List.of(EnrollmentSetting.values()));
        all.addAll(List.of(EmailSetting.values()));
        all.addAll(List.of(SmsSetting.values()));
        all.addAll(List.of(HelpSetting.values()));
        all.addAll(List.of(CaisseSetting.values()));
        return all;
    }

    @Override
    public List<String> refusals(CibtpSettings settings) {
        List<String> refused = new ArrayList<>(HelpLinks.refusals(settings));
        refused.addAll(CaisseLook.refusals(settings));
        return refused;
    }

    @Override
    public Map<String, String> pageAttributes(CibtpSettings settings) {
        Map<String, String> attributes = new LinkedHashMap<>(HelpLinks.pageAttributes(settings));
        attributes.putAll(CaisseLook.pageAttributes(settings));
        return attributes;
    }

    @Override
    public Map<? extends Setting, ? extends Setting> secretsOfAddresses() {
        return SmsSetting.secretsOfAddresses();
    }
}
