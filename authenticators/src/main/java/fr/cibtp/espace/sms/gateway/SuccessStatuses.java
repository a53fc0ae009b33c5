package fr.cibtp.espace.sms.gateway;

/** The HTTP statuses an operator answers on success, set as "200-299" or "200,202". */
record SuccessStatuses(int[][] ranges) {

    static SuccessStatuses parse(String setting) {
        String[] parts = setting.split(",");
        int[][] ranges = new int[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            try {
                int dash = part.indexOf('-');
                ranges[i] = dash > 0
                        ? new int[]{Integer.parseInt(part.substring(0, dash).strip()), Integer.parseInt(part.substring(dash + 1).strip())}
                        : new int[]{Integer.parseInt(part), Integer.parseInt(part)};
            } catch (NumberFormatException e) {
                ranges[i] = new int[]{200, 299};
            }
        }
        return new SuccessStatuses(ranges);
    }

    boolean contains(int status) {
        for (int[] range : ranges) {
            if (status >= range[0] && status <= range[1]) {
                return true;
            }
        }
        return false;
    }
}
