package fr.cibtp.espace.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.cibtp.espace.email.EmailSetting;
import fr.cibtp.espace.enrollment.EnrollmentSetting;
import fr.cibtp.espace.help.HelpLinks;
import fr.cibtp.espace.help.HelpSetting;
import fr.cibtp.espace.settings.CibtpSettings;
import fr.cibtp.espace.settings.Setting;
import fr.cibtp.espace.settings.SettingGroup;
import fr.cibtp.espace.sms.SmsSetting;

/** The settings of the sign-in pages: enrollment limits, email re-certification, SMS codes and operator, help links. */
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
        return all;
    }

    @Override
    public List<String> refusals(CibtpSettings settings) {
        return HelpLinks.refusals(settings);
    }

    @Override
    public Map<String, String> pageAttributes(CibtpSettings settings) {
        return HelpLinks.pageAttributes(settings);
    }

    @Override
    public Map<? extends Setting, ? extends Setting> secretsOfAddresses() {
        return SmsSetting.secretsOfAddresses();
    }
}
