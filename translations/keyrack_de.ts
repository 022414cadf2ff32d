<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccessRights</name>
    <message>
        <source>No right named; use read, trade, payment, withdraw or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown right &quot;%1&quot;; use read, trade, payment, withdraw or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order book, History, Trading balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place/cancel orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw cryptocurrencies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>The call was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The address &quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed requests are sent over plain http:// only to this computer (loopback); use https:// for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported URL scheme &quot;%1&quot;: use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed request needs a key and its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of the server was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is larger than %1 MiB; it was cut off and the connection closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete answer from %1 in time: the server is down, slow or unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The request carried no credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation failed: the key is switched OFF or deleted on the exchange, the secret is wrong, or the clock is off by more than the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right missing: this key is not allowed to make this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange does not accept this authorisation scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: wait a moment before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange refused the parameters: check the query and the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insufficient funds on the account for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such withdrawal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditReportWriter</name>
    <message>
        <source>Keyrack rights audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1. Observed rights come from the last audit of each key; red: observed but not declared, amber: declared but refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last audit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>unknown method &quot;%1&quot;: use GET, POST, PUT, PATCH or DELETE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put the query in --query, not in PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is switched OFF: Keyrack does not sign with it. Run keyrack-cli enable first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>String to sign: %1
Signature:      %2
Authorization:  %3
URL:            %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no sandbox running; path %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sandbox is running for this data directory: start keyrack or keyrack-cli sandbox first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyrack-cli: warning: Basic authentication sends the secret itself with the request.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyrack-cli: warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyrack-cli: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host must be an IP address, such as 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyrack-cli: warning: %1 is not a loopback address; Keyrack signs requests over plain HTTP only to loopback.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up signal handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyrack-cli: sandbox stopped.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name one key, or give --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report FILE must end in .html, .json or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched OFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: switched OFF, not audited
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the keys (never a secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a key created on an exchange. The secret is read from standard input, or from a prompt that does not echo on a terminal; never from an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a sandbox key with no rights and print its secret, this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch a key ON (it may sign requests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch a key OFF (revoked: Keyrack never signs with it; the sandbox refuses it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or change a key&apos;s rights (R: read, trade, payment, withdraw, all). Granting trade or withdraw asks for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the HS256 string to sign, signature and Authorization header for a request, for debugging your own signing code. PATH may start with /api/3 or not; Q is the exact encoded query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one signed request and print the status and the body. Exit 0 on 2xx, 5 on an HTTP error status, 6 on a network error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe the exchange to compare the rights each key really has with those it is declared to have, and store the result. Exit 0 when they match, 7 when they differ, 3 or 6 on keychain or network errors. The withdraw probe goes to a real exchange only with --include-withdraw. --report writes .html, .json or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the sandbox exchange over this data directory&apos;s sandbox keys until SIGINT or SIGTERM. The first line printed is &quot;listening on http://HOST:PORT&quot;; then one line per request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a key and its secret for good (asks for confirmation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: keyrack-cli [--data-dir DIR] COMMAND [OPTIONS]

Manage HitBTC API keys: metadata in the data directory, secrets in the OS keychain.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
KEY is a label, an id or a public key.
The data directory is --data-dir, else $KEYRACK_DATA_DIR, else ~/.local/share/keyrack.

Exit codes: 0 ok; 1 usage error, invalid input or declined confirmation; 2 key not found or ambiguous; 3 keychain error; 4 data file error; 5 HTTP error status; 6 network error; 7 audited rights differ from the declared ones.
Run keyrack-cli COMMAND --help for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyrack-cli: %1
Run keyrack-cli --help for usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: keyrack-cli [--data-dir DIR] %1

%2

Options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data directory: set HOME, KEYRACK_DATA_DIR or --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>keyrack-cli: tidied up %n unfinished change(s) left by a Keyrack process that stopped.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>name a key: a label, an id or a public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments: name one key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 arguments, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys yet. Create a sandbox key with
  keyrack-cli generate --label NAME
or import an exchange key with
  keyrack-cli import --label NAME --env hitbtc --public-key KEY
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUBLIC KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIGHTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes no arguments; the secret is read from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key for %1 (input hidden): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; (%2, %3), id %4. Its secret is in the OS keychain.
Set its rights as they are on the exchange with: keyrack-cli rights %4 --grant ...
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate needs --label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated sandbox key &quot;%1&quot; with no rights.
  id:          %2
  public key:  %3
  secret key:  %4
Save the secret key now: it will not be shown again.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ON.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is OFF (revoked): Keyrack will not sign with it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a right cannot be granted and revoked at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant &quot;%1&quot; to &quot;%2&quot; (%3, %4)? Anyone holding this key will be able to do this without any further confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granting trading or withdrawal rights needs confirmation: run this on a terminal, or add --yes. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; (%2, %3)? A deleted API key can not be retrieved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a key needs confirmation: run this on a terminal, or add --yes. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; and its secret.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmGrantDialog</name>
    <message>
        <source>Confirm access rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations initiated through the API (placing orders, initiating withdrawals) require neither a 2FA code nor an e-mail confirmation: the API and secret keys are enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2FA &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits from your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor code message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Grant these rights to &lt;b&gt;%1&lt;/b&gt; (%2, public key &lt;tt&gt;%3&lt;/tt&gt;)?&lt;/p&gt;&lt;ul&gt;%4&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code that your authenticator app shows for Keyrack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was not accepted. Nothing was granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the code with the OS keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogPrompter</name>
    <message>
        <source>Delete API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” (%2, public key %3)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deleted API key can not be retrieved and can not be used to authenticate requests. Its secret is removed from the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointCatalog</name>
    <message>
        <source>List currencies (public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List trading symbols (public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickers of all symbols (public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticker of one symbol (public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trading balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One active order by its client order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel one order by its client order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trading fee of a symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw cryptocurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back a withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>Unknown environment &quot;%1&quot;: use sandbox, hitbtc, hitbtc-demo or an https:// base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing %1: signed requests go over https:// only (plain http:// is allowed for loopback hosts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported scheme in %1: use an https:// base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL %1 must not carry user information, a query or a fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HitBTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HitBTC demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyRepository</name>
    <message>
        <source>No key matches &quot;%1&quot;: give a label, an id or a public key (see the list command).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 keys; name one by its id:
  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key %1 is already in Keyrack for %2 as &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random source failed to produce a key. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not added; Keyrack will tidy up its unfinished record the next time it can write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: the key was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s record vanished while it was being added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That key is no longer in Keyrack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was removed: “%1” is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is deleted; the key&apos;s record will be removed the next time Keyrack can write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of %1 is missing from the OS keychain: it was deleted outside Keyrack. Delete this key and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unfinished operation could not be tidied up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyRisks</name>
    <message>
        <source>&quot;Allow all&quot;: this key may do everything, including withdrawals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawals allowed: this key can move funds off the exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last audit found &quot;%1&quot; allowed, which is not declared: this key can do more than you think.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last audit found &quot;%1&quot; refused, though it is declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not used for %n day(s): revoke it if nothing needs it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Never used in %n day(s): revoke it if nothing needs it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Never audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No audit for %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The same public key is imported %n more time(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyTableModel</name>
    <message>
        <source>ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 • due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit of %1 found it allowed: this key can do more than you think.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit of %1 found it refused by the exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit of %1 confirmed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit of %1 confirmed the exchange refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not probed by the audit of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit of %1 could not tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key %1 (the secret is in the OS keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON: this key may sign requests. Click or press Space to revoke it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFF (revoked): a revoked key cannot authenticate requests. Click or press Space to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow all: every right, including trading and withdrawals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded sandbox exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this key for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last audit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never audited: select the key and choose Audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 is ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 is OFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; last audit: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every right granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no right granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some rights granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow all for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant every right at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order book, History,
Trading balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place/cancel
orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment
information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw
cryptocurrencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyValidation</name>
    <message>
        <source>The label is empty: give the key a name you will recognise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key is longer than %1 characters: check that you pasted only the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key contains control characters: check that you pasted only the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key contains spaces: check that you pasted only the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key is longer than %1 characters: check that you pasted only the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key contains control characters: check that you pasted only the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key contains spaces: check that you pasted only the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key is not valid text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainVault</name>
    <message>
        <source>the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is missing from the OS keychain (entry %1): it was deleted outside Keyrack.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Keyrack — API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;API keys&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search label, public key, note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON and OFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFF only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit selected keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit a&amp;ll keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open audit report in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export audit report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test call panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded sandbox exchange serves HitBTC&apos;s API v3 at %1/api/3 for the sandbox keys of this data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings are not available in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the keys to audit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is ON: there is nothing to audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe the withdraw right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To learn whether “%1” may withdraw, Keyrack asks %2 to roll back a withdrawal that does not exist. It moves nothing, but it is not a documented read-only request. Probe it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe withdraw too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit cancelled; results so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not audited: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit result was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audited %n key(s); %1 differ from what is declared.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html);;JSON (*.json);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No API keys yet&lt;/h3&gt;&lt;p&gt;Click &lt;b&gt;New API key&lt;/b&gt; to create a key in the embedded sandbox (active, with no access rights; its secret is shown once), or to import a key you created on HitBTC.&lt;/p&gt;&lt;p&gt;Secrets are kept in your OS keychain, never in a file.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the OS keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataJson</name>
    <message>
        <source>The metadata file %1 is damaged (%2). Keyrack left it untouched: restore it from a backup, or move it away to start with no keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Keyrack metadata file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its version is not a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata file %1 was written by a newer Keyrack (format %2; this one reads up to format %3). Keyrack left it untouched: use the newer Keyrack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;keys&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1: id %2 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataStore</name>
    <message>
        <source>Cannot read the metadata file %1: %2. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that its parent exists and is writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Keyrack process has held the lock on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for more than %1 s; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in the data directory of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk may be full, or the data directory cannot be written: free some space or check the directory, and try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <source>New API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. trading bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (generate a new key here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HitBTC (import a key created on hitbtc.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HitBTC demo (import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other HitBTC-compatible API (import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the https:// base URL of the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the key on the exchange&apos;s API settings page first, then paste its public key and secret here. The secret goes to your OS keychain and is never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyrack creates an active key with no access rights in the embedded sandbox, and shows its secret once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCodeWidget</name>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QR code to scan with an authenticator app. It holds the same secret as the text shown with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordReader</name>
    <message>
        <source>field &quot;%1&quot; is missing or not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RightsAuditor</name>
    <message>
        <source>&quot;%1&quot; is switched OFF in Keyrack: Keyrack does not sign with it, so it was not probed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sandbox is running for this data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the secret from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key refused: switched off on the exchange, wrong secret, or clock skew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can do more than declared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared but refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxAddress</name>
    <message>
        <source>Cannot write %1: %2. keyrack-cli will not find this sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>The sandbox cannot listen on %1 port %2: the port is taken or the address is not on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretRevealDialog</name>
    <message>
        <source>Your new API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Save the secret key now.&lt;/b&gt; Further accessing this page will hide the secret key, so saving it somewhere safe is very important. If you lose your secret key, you won&apos;t be able to use this API key anymore: you will need to create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the public API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;saved my secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A copied secret is cleared from the clipboard after %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear a copied secret a&amp;fter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard clear delay in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require a 2FA &amp;code before granting trading or withdrawal rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require a two-factor code before granting trading or withdrawal rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits from your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current two-factor code, to turn two-factor codes off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to &amp;audit key rights every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit reminder interval in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before &amp;state-changing test calls on the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before state-changing test calls on the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls that place or cancel orders or withdraw on an exchange always ask first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a &amp;history of test calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a history of test calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep request &amp;bodies in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep request bodies in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a current code from your authenticator app: two-factor codes are turned off, and their secret removed from the OS keychain, when you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On. The secret is in the OS keychain; turning this off needs a current code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off. Turning this on shows a QR code for your authenticator app; it takes effect as soon as a first code from the app checks out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code that your authenticator app shows for Keyrack to turn two-factor codes off, or tick the box again to keep them on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the code with the OS keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwitchDelegate</name>
    <message>
        <source>ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>The secret key is longer than %1 characters: check that you pasted only the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestCallPanel</name>
    <message>
        <source>Test call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key to sign with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint from the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/spot/balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add query parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove query parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body (JSON or form-encoded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature window in milliseconds, 0 for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as a curl command with a fresh HS256 signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the response means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>String that was signed (invisible characters shown as \n, \t, \xNN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>String that was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run the selected call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the call history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep a history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a history of test calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HS256 (signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic (sends the secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, OFF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (changes state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free path…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid JSON at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as a form-encoded body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is switched OFF: Keyrack does not sign with it. Switch it ON in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox is not running, so sandbox keys cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a path such as /spot/balance: no spaces, no “?” (use the query table) and no {placeholders}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is not declared to have “%1”: expect 403.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call changes state on the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic sends the secret itself with the request; HS256 sends only a signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right not declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not declared to have “%2”. Send the request anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm a state-changing call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request changes state on %1 with “%2”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the OS keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;HTTP %1 %2&lt;/b&gt; &amp;nbsp; %3 ms, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No answer&lt;/b&gt; after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HitBTC error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(showing the first %1 of %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp: %1 (%2)&lt;br&gt;Window: %3&lt;br&gt;Signature: &lt;code&gt;%4&lt;/code&gt;&lt;br&gt;Authorization: &lt;code&gt;%5&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (10000 ms on the exchange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was signed: Basic authentication sends the key and the secret themselves (not shown here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl uses HS256 only: it never puts a secret in a command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied a curl command. Its signature expires at %1 (window %2 s); copy again for a fresh one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotpEnrolmentDialog</name>
    <message>
        <source>Set up two-factor codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan this QR code with an authenticator app (for example Aegis, FreeOTP or Google Authenticator), or type the secret into it. Then enter the 6-digit code that it shows. Keyrack will ask for a code before it grants trading or withdrawal rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>otpauth &amp;URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>otpauth URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the otpauth URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret for manual entry (base32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A copied URI or secret is cleared from the clipboard after %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Turn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code that your authenticator app shows for Keyrack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the code and storing the secret in the OS keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwoFactor</name>
    <message>
        <source>API keys on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor codes are already on. Turn them off first (that needs a current code), then set them up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code that your authenticator app shows for Keyrack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code does not match. Scan the QR code again (or type the secret) in your authenticator app, check that this computer&apos;s clock is right, and enter the current code. Two-factor codes are still off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyrack two-factor (TOTP) secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor set-up was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the two-factor secret in %1: %2 Two-factor codes are still off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the two-factor secret from %1: %2 Two-factor codes are still on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning two-factor codes off was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor codes are off: turn them on in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the two-factor secret from %1, so the code could not be checked: %2 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code has already been used. Wait for the next code in your authenticator app (a new one comes every 30 seconds) and enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is not right. Enter the current code that your authenticator app shows for Keyrack, and check that this computer&apos;s clock is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor codes are on, but their secret is not in %1 (it may have been deleted), so no code can be checked. Nothing was changed. To turn two-factor codes off, set ǎnabled=false” in the [twoFactor] section of %2 and restart Keyrack.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop manager for HitBTC API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use DIR as the data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyrack is already running on %1: its window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox not started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
