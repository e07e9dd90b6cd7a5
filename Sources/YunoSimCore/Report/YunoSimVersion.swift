/// yuno-sim's version, in one place: `yuno-sim --version` prints it, the reports carry it
/// (`yuno_sim_version`), and `make dist` names the archive after what the binary prints. The
/// GitHub Action reads this line to pick the release it downloads, so keep it a plain literal.
public enum YunoSimVersion {
    public static let current = "0.9.0"
}
