extension ConfigLoader {
    /// A commented config naming every setting, for `--help`, the README or a first run.
    /// A test loads it and checks it names every key the loader knows, so it cannot drift.
    public static let exampleConfig = #"""
        # launchdeck: $XDG_CONFIG_HOME/launchdeck/config.toml (else ~/.config/launchdeck/config.toml),
        # or launchdeck --config FILE. Each secret may instead come from its environment variable,
        # which wins over this file, or from a *_command such as "pass show tinylytics" (run by
        # /bin/sh; what it prints is the secret). A file holding secrets should be chmod 600.
        # A service without credentials is off; with none at all launchdeck runs the demo.

        [tinylytics]
        # base_url = "https://tinylytics.app/api/v1"  # or TINYLYTICS_BASE_URL; http:// only for loopback
        # api_key = "tly-ro-..."                       # or TINYLYTICS_API_KEY
        # api_key_command = "pass show tinylytics"
        # site_id = 456                                # or TINYLYTICS_SITE_ID; default: the first site
        # account_time_zone = "Europe/Berlin"          # the account's zone (the API does not say it), for :zone account
        refresh = "30s"                                # at least 10s

        [taplytics]
        # base_url = "https://api.taplytics.com"      # or TAPLYTICS_BASE_URL
        # api_token = "..."                            # or TAPLYTICS_API_TOKEN
        # api_token_command = "pass show taplytics"
        refresh = "60s"                                # at least 15s

        [apteligent]
        # base_url = "https://developers.crittercism.com"  # or APTELIGENT_BASE_URL
        # access_token = "..."                         # or APTELIGENT_ACCESS_TOKEN; skips the password grant
        # access_token_command = "pass show apteligent-token"
        # client_id = "..."                            # or APTELIGENT_CLIENT_ID
        # username = "..."                             # or APTELIGENT_USERNAME
        # password = "..."                             # or APTELIGENT_PASSWORD
        # password_command = "pass show apteligent"
        # app_id = "..."                               # or APTELIGENT_APP_ID; default: the first app
        refresh = "60s"                                # at least 15s; "30s", "5m", "1h30m" or seconds

        [ui]
        theme = "default"            # default, light, ansi, high-contrast, monochrome, or your own
        # ascii = false              # default: from the locale
        bell = true
        notifications = "off"        # "off", "osc9" or "osc777": a desktop notification per alert
        mouse = false                # true: the wheel scrolls, a click focuses a pane

        [keys]
        # quit = ["q"]               # an action = a key, or a list of keys

        [history]                    # what launchdeck saw, kept in SQLite for the timeline and export
        enabled = true
        # dir = "/var/lib/launchdeck" # default: $XDG_STATE_HOME/launchdeck, else ~/.local/state/launchdeck
        retention = "30d"            # older history goes
        max_size = "100MB"           # and the oldest goes first while the file is larger

        [launch]
        # t0 = "2026-12-06T18:00:00Z" # the launch: charts draw it, "since T0" counts from it

        # [[alerts]]
        # name = "crash spike"
        # kind = "crash_rate_above"  # value: the crash rate in percent
        # value = 2.5
        # [[alerts]]
        # kind = "site_down"
        # [[alerts]]
        # kind = "hits_drop"         # share: of the last hour's hits per minute
        # share = 0.5
        # [[alerts]]
        # kind = "status_change"     # service: "experiments" or "push"
        # service = "push"
        # [[alerts]]
        # kind = "content_issue"     # a new broken link or mixed content (Tinylytics subscription)

        """#
}
