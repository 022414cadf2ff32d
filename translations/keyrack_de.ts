<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccessRights</name>
    <message>
        <source>No right named; use read, trade, payment, withdraw or all.</source>
        <translation>Kein Recht angegeben; verwenden Sie read, trade, payment, withdraw oder all.</translation>
    </message>
    <message>
        <source>Unknown right &quot;%1&quot;; use read, trade, payment, withdraw or all.</source>
        <translation>Unbekanntes Recht „%1“; verwenden Sie read, trade, payment, withdraw oder all.</translation>
    </message>
    <message>
        <source>Order book, History, Trading balance</source>
        <translation>Orderbuch, Verlauf, Handelsguthaben</translation>
    </message>
    <message>
        <source>Place/cancel orders</source>
        <translation>Orders erteilen/stornieren</translation>
    </message>
    <message>
        <source>Payment information</source>
        <translation>Zahlungsinformationen</translation>
    </message>
    <message>
        <source>Withdraw cryptocurrencies</source>
        <translation>Kryptowährungen abheben</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>The call was cancelled.</source>
        <translation>Der Aufruf wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The address &quot;%1&quot; is not a valid URL.</source>
        <translation>Die Adresse „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Signed requests are sent over plain http:// only to this computer (loopback); use https:// for %1.</source>
        <translation>Signierte Anfragen werden über unverschlüsseltes http:// nur an diesen Computer (Loopback) gesendet; verwenden Sie https:// für %1.</translation>
    </message>
    <message>
        <source>Unsupported URL scheme &quot;%1&quot;: use https://.</source>
        <translation>Nicht unterstütztes URL-Schema „%1“: Verwenden Sie https://.</translation>
    </message>
    <message>
        <source>A signed request needs a key and its secret.</source>
        <translation>Eine signierte Anfrage benötigt einen API-Schlüssel samt geheimem Schlüssel.</translation>
    </message>
    <message>
        <source>The address is not a valid URL.</source>
        <translation>Die Adresse ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The TLS certificate of the server was refused: %1</source>
        <translation>Das TLS-Zertifikat des Servers wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>The response is larger than %1 MiB; it was cut off and the connection closed.</source>
        <translation>Die Antwort ist größer als %1 MiB; sie wurde abgeschnitten und die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation>Der Aufruf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No complete answer from %1 in time: the server is down, slow or unreachable.</source>
        <translation>Keine vollständige Antwort von %1 in der vorgesehenen Zeit: Der Server ist ausgefallen, langsam oder nicht erreichbar.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The request carried no credentials.</source>
        <translation>Die Anfrage enthielt keine Anmeldedaten.</translation>
    </message>
    <message>
        <source>Authorisation failed: the key is switched OFF or deleted on the exchange, the secret is wrong, or the clock is off by more than the window.</source>
        <translation>Autorisierung fehlgeschlagen: Der Schlüssel ist auf der Börse ausgeschaltet oder gelöscht, der geheime Schlüssel ist falsch, oder die Uhr weicht um mehr als das Zeitfenster ab.</translation>
    </message>
    <message>
        <source>Right missing: this key is not allowed to make this request.</source>
        <translation>Recht fehlt: Dieser Schlüssel darf diese Anfrage nicht stellen.</translation>
    </message>
    <message>
        <source>The exchange does not accept this authorisation scheme.</source>
        <translation>Die Börse akzeptiert dieses Autorisierungsschema nicht.</translation>
    </message>
    <message>
        <source>Too many requests: wait a moment before trying again.</source>
        <translation>Zu viele Anfragen: Warten Sie einen Moment, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The exchange refused the parameters: check the query and the body.</source>
        <translation>Die Börse hat die Parameter abgelehnt: Prüfen Sie Query und Body.</translation>
    </message>
    <message>
        <source>Insufficient funds on the account for this request.</source>
        <translation>Unzureichendes Guthaben auf dem Konto für diese Anfrage.</translation>
    </message>
    <message>
        <source>No such order.</source>
        <translation>Order nicht gefunden.</translation>
    </message>
    <message>
        <source>No such withdrawal.</source>
        <translation>Abhebung nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>AuditReportWriter</name>
    <message>
        <source>Keyrack rights audit</source>
        <translation>Keyrack-Rechteprüfung</translation>
    </message>
    <message>
        <source>Generated %1. Observed rights come from the last audit of each key; red: observed but not declared, amber: declared but refused.</source>
        <translation>Erstellt am %1. Die beobachteten Rechte stammen aus der letzten Prüfung jedes Schlüssels; rot: beobachtet, aber nicht deklariert; orange: deklariert, aber abgelehnt.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datumsangaben</translation>
    </message>
    <message>
        <source>Risk notes</source>
        <translation>Risikohinweise</translation>
    </message>
    <message>
        <source>ON</source>
        <translation>AN</translation>
    </message>
    <message>
        <source>OFF</source>
        <translation>AUS</translation>
    </message>
    <message>
        <source>declared: %1</source>
        <translation>deklariert: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>observed: %1</source>
        <translation>beobachtet: %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>erstellt %1</translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation>zuletzt genutzt %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>last audit %1</source>
        <translation>letzte Prüfung %1</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>unknown method &quot;%1&quot;: use GET, POST, PUT, PATCH or DELETE</source>
        <translation>unbekannte Methode „%1“: verwenden Sie GET, POST, PUT, PATCH oder DELETE</translation>
    </message>
    <message>
        <source>put the query in --query, not in PATH</source>
        <translation>geben Sie die Query in --query an, nicht in PATH</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is switched OFF: Keyrack does not sign with it. Run keyrack-cli enable first.</source>
        <translation>„%1“ ist auf AUS geschaltet: Keyrack signiert nicht damit. Führen Sie zuerst keyrack-cli enable aus.</translation>
    </message>
    <message>
        <source>String to sign: %1
Signature:      %2
Authorization:  %3
URL:            %4
</source>
        <translation>Zu signieren:   %1
Signatur:       %2
Authorization:  %3
URL:            %4
</translation>
    </message>
    <message>
        <source>(no sandbox running; path %1)</source>
        <translation>(keine Sandbox aktiv; Pfad %1)</translation>
    </message>
    <message>
        <source>No sandbox is running for this data directory: start keyrack or keyrack-cli sandbox first.</source>
        <translation>Für dieses Datenverzeichnis läuft keine Sandbox: Starten Sie zuerst keyrack oder keyrack-cli sandbox.</translation>
    </message>
    <message>
        <source>keyrack-cli: warning: Basic authentication sends the secret itself with the request.
</source>
        <translation>keyrack-cli: Warnung: Die Basic-Authentifizierung sendet den geheimen Schlüssel selbst mit der Anfrage.
</translation>
    </message>
    <message>
        <source>keyrack-cli: warning: %1
</source>
        <translation>keyrack-cli: Warnung: %1
</translation>
    </message>
    <message>
        <source>keyrack-cli: %1
</source>
        <translation>keyrack-cli: %1
</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms
</source>
        <translation>HTTP %1 in %2 ms
</translation>
    </message>
    <message>
        <source>sandbox takes no arguments</source>
        <translation>sandbox erwartet keine Argumente</translation>
    </message>
    <message>
        <source>--host must be an IP address, such as 127.0.0.1</source>
        <translation>--host muss eine IP-Adresse sein, etwa 127.0.0.1</translation>
    </message>
    <message>
        <source>keyrack-cli: warning: %1 is not a loopback address; Keyrack signs requests over plain HTTP only to loopback.
</source>
        <translation>keyrack-cli: Warnung: %1 ist keine Loopback-Adresse; Keyrack signiert Anfragen über unverschlüsseltes HTTP nur an Loopback-Adressen.
</translation>
    </message>
    <message>
        <source>cannot set up signal handling</source>
        <translation>Signalbehandlung kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>keyrack-cli: sandbox stopped.
</source>
        <translation>keyrack-cli: Sandbox gestoppt.
</translation>
    </message>
    <message>
        <source>name one key, or give --all</source>
        <translation>nennen Sie einen Schlüssel oder geben Sie --all an</translation>
    </message>
    <message>
        <source>--report FILE must end in .html, .json or .csv</source>
        <translation>--report FILE muss auf .html, .json oder .csv enden</translation>
    </message>
    <message>
        <source>switched OFF</source>
        <translation>auf AUS geschaltet</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: switched OFF, not audited
</source>
        <translation>„%1“: auf AUS geschaltet, nicht geprüft
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>List the keys (never a secret).</source>
        <translation>Listet die Schlüssel auf (nie einen geheimen Schlüssel).</translation>
    </message>
    <message>
        <source>Import a key created on an exchange. The secret is read from standard input, or from a prompt that does not echo on a terminal; never from an argument.</source>
        <translation>Importiert einen auf einer Börse erstellten Schlüssel. Der geheime Schlüssel wird von der Standardeingabe gelesen oder in einem Terminal über eine Eingabeaufforderung ohne Echo; nie aus einem Argument.</translation>
    </message>
    <message>
        <source>Create a sandbox key with no rights and print its secret, this once.</source>
        <translation>Erstellt einen Sandbox-Schlüssel ohne Rechte und gibt seinen geheimen Schlüssel aus – nur dieses eine Mal.</translation>
    </message>
    <message>
        <source>Switch a key ON (it may sign requests).</source>
        <translation>Schaltet einen Schlüssel AN (er darf Anfragen signieren).</translation>
    </message>
    <message>
        <source>Switch a key OFF (revoked: Keyrack never signs with it; the sandbox refuses it).</source>
        <translation>Schaltet einen Schlüssel AUS (widerrufen: Keyrack signiert nie damit; die Sandbox lehnt ihn ab).</translation>
    </message>
    <message>
        <source>Show or change a key&apos;s rights (R: read, trade, payment, withdraw, all). Granting trade or withdraw asks for confirmation.</source>
        <translation>Zeigt oder ändert die Rechte eines Schlüssels (R: read, trade, payment, withdraw, all). Das Gewähren von trade oder withdraw erfordert eine Bestätigung.</translation>
    </message>
    <message>
        <source>Print the HS256 string to sign, signature and Authorization header for a request, for debugging your own signing code. PATH may start with /api/3 or not; Q is the exact encoded query.</source>
        <translation>Gibt für eine Anfrage den zu signierenden HS256-String, die Signatur und den Authorization-Header aus, zum Debuggen Ihres eigenen Signaturcodes. PATH kann mit /api/3 beginnen oder nicht; Q ist die exakt kodierte Query.</translation>
    </message>
    <message>
        <source>Send one signed request and print the status and the body. Exit 0 on 2xx, 5 on an HTTP error status, 6 on a network error.</source>
        <translation>Sendet eine signierte Anfrage und gibt Status und Body aus. Exit-Code 0 bei 2xx, 5 bei einem HTTP-Fehlerstatus, 6 bei einem Netzwerkfehler.</translation>
    </message>
    <message>
        <source>Probe the exchange to compare the rights each key really has with those it is declared to have, and store the result. Exit 0 when they match, 7 when they differ, 3 or 6 on keychain or network errors. The withdraw probe goes to a real exchange only with --include-withdraw. --report writes .html, .json or .csv.</source>
        <translation>Testet die Börse, um die Rechte, die jeder Schlüssel tatsächlich hat, mit den deklarierten zu vergleichen, und speichert das Ergebnis. Exit-Code 0 bei Übereinstimmung, 7 bei Abweichung, 3 oder 6 bei Schlüsselbund- oder Netzwerkfehlern. Der Test des Abheberechts geht nur mit --include-withdraw an eine echte Börse. --report schreibt .html, .json oder .csv.</translation>
    </message>
    <message>
        <source>Run the sandbox exchange over this data directory&apos;s sandbox keys until SIGINT or SIGTERM. The first line printed is &quot;listening on http://HOST:PORT&quot;; then one line per request.</source>
        <translation>Betreibt die Sandbox-Börse mit den Sandbox-Schlüsseln dieses Datenverzeichnisses bis SIGINT oder SIGTERM. Die erste ausgegebene Zeile ist &quot;listening on http://HOST:PORT&quot;; danach folgt eine Zeile pro Anfrage.</translation>
    </message>
    <message>
        <source>Delete a key and its secret for good (asks for confirmation).</source>
        <translation>Löscht einen Schlüssel und seinen geheimen Schlüssel endgültig (mit Rückfrage).</translation>
    </message>
    <message>
        <source>Usage: keyrack-cli [--data-dir DIR] COMMAND [OPTIONS]

Manage HitBTC API keys: metadata in the data directory, secrets in the OS keychain.

Commands:
</source>
        <translation>Aufruf: keyrack-cli [--data-dir DIR] COMMAND [OPTIONS]

Verwaltet HitBTC-API-Schlüssel: Metadaten im Datenverzeichnis, geheime Schlüssel im System-Schlüsselbund.

Befehle:
</translation>
    </message>
    <message>
        <source>
KEY is a label, an id or a public key.
The data directory is --data-dir, else $KEYRACK_DATA_DIR, else ~/.local/share/keyrack.

Exit codes: 0 ok; 1 usage error, invalid input or declined confirmation; 2 key not found or ambiguous; 3 keychain error; 4 data file error; 5 HTTP error status; 6 network error; 7 audited rights differ from the declared ones.
Run keyrack-cli COMMAND --help for a command&apos;s options.
</source>
        <translation>
KEY ist eine Bezeichnung, eine ID oder ein öffentlicher Schlüssel.
Das Datenverzeichnis ist --data-dir, sonst $KEYRACK_DATA_DIR, sonst ~/.local/share/keyrack.

Exit-Codes: 0 OK; 1 Aufruffehler, ungültige Eingabe oder abgelehnte Bestätigung; 2 Schlüssel nicht gefunden oder nicht eindeutig; 3 Schlüsselbundfehler; 4 Datendateifehler; 5 HTTP-Fehlerstatus; 6 Netzwerkfehler; 7 geprüfte Rechte weichen von den deklarierten ab.
Die Optionen eines Befehls zeigt keyrack-cli COMMAND --help.
</translation>
    </message>
    <message>
        <source>keyrack-cli: %1
Run keyrack-cli --help for usage.
</source>
        <translation>keyrack-cli: %1
Hinweise zum Aufruf: keyrack-cli --help.
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Usage: keyrack-cli [--data-dir DIR] %1

%2

Options:
</source>
        <translation>Aufruf: keyrack-cli [--data-dir DIR] %1

%2

Optionen:
</translation>
    </message>
    <message>
        <source>No data directory: set HOME, KEYRACK_DATA_DIR or --data-dir.</source>
        <translation>Kein Datenverzeichnis: Setzen Sie HOME, KEYRACK_DATA_DIR oder --data-dir.</translation>
    </message>
    <message numerus="yes">
        <source>keyrack-cli: tidied up %n unfinished change(s) left by a Keyrack process that stopped.
</source>
        <translation>
            <numerusform>keyrack-cli: %n unvollständige Änderung eines beendeten Keyrack-Prozesses bereinigt.
</numerusform>
            <numerusform>keyrack-cli: %n unvollständige Änderungen eines beendeten Keyrack-Prozesses bereinigt.
</numerusform>
        </translation>
    </message>
    <message>
        <source>name a key: a label, an id or a public key</source>
        <translation>nennen Sie einen Schlüssel: eine Bezeichnung, eine ID oder einen öffentlichen Schlüssel</translation>
    </message>
    <message>
        <source>too many arguments: name one key</source>
        <translation>zu viele Argumente: nennen Sie einen Schlüssel</translation>
    </message>
    <message>
        <source>expected %1 arguments, got %2</source>
        <translation>%1 Argumente erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list erwartet keine Argumente</translation>
    </message>
    <message>
        <source>No keys yet. Create a sandbox key with
  keyrack-cli generate --label NAME
or import an exchange key with
  keyrack-cli import --label NAME --env hitbtc --public-key KEY
</source>
        <translation>Noch keine Schlüssel. Erstellen Sie einen Sandbox-Schlüssel mit
  keyrack-cli generate --label NAME
oder importieren Sie einen Börsenschlüssel mit
  keyrack-cli import --label NAME --env hitbtc --public-key KEY
</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>BEZEICHNUNG</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>PUBLIC KEY</source>
        <translation>ÖFFENTLICHER SCHLÜSSEL</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>RIGHTS</source>
        <translation>RECHTE</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ZULETZT GENUTZT</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ON</source>
        <translation>AN</translation>
    </message>
    <message>
        <source>OFF</source>
        <translation>AUS</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>import takes no arguments; the secret is read from standard input</source>
        <translation>import erwartet keine Argumente; der geheime Schlüssel wird von der Standardeingabe gelesen</translation>
    </message>
    <message>
        <source>import needs --%1</source>
        <translation>import benötigt --%1</translation>
    </message>
    <message>
        <source>Secret key for %1 (input hidden): </source>
        <translation>Geheimer Schlüssel für %1 (Eingabe verborgen): </translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; (%2, %3), id %4. Its secret is in the OS keychain.
Set its rights as they are on the exchange with: keyrack-cli rights %4 --grant ...
</source>
        <translation>„%1“ (%2, %3) importiert, ID %4. Sein geheimer Schlüssel liegt im System-Schlüsselbund.
Setzen Sie seine Rechte wie auf der Börse mit: keyrack-cli rights %4 --grant ...
</translation>
    </message>
    <message>
        <source>generate takes no arguments</source>
        <translation>generate erwartet keine Argumente</translation>
    </message>
    <message>
        <source>generate needs --label</source>
        <translation>generate benötigt --label</translation>
    </message>
    <message>
        <source>Generated sandbox key &quot;%1&quot; with no rights.
  id:          %2
  public key:  %3
  secret key:  %4
Save the secret key now: it will not be shown again.
</source>
        <translation>Sandbox-Schlüssel „%1“ ohne Rechte erzeugt.
  ID:                     %2
  öffentlicher Schlüssel: %3
  geheimer Schlüssel:     %4
Sichern Sie den geheimen Schlüssel jetzt: Er wird nicht noch einmal angezeigt.
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ON.
</source>
        <translation>„%1“ ist AN.
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is OFF (revoked): Keyrack will not sign with it.
</source>
        <translation>„%1“ ist AUS (widerrufen): Keyrack signiert nicht damit.
</translation>
    </message>
    <message>
        <source>a right cannot be granted and revoked at once</source>
        <translation>ein Recht kann nicht gleichzeitig gewährt und entzogen werden</translation>
    </message>
    <message>
        <source>Grant &quot;%1&quot; to &quot;%2&quot; (%3, %4)? Anyone holding this key will be able to do this without any further confirmation.</source>
        <translation>„%1“ für „%2“ (%3, %4) gewähren? Jeder, der diesen Schlüssel besitzt, kann dies dann ohne weitere Bestätigung tun.</translation>
    </message>
    <message>
        <source>Granting trading or withdrawal rights needs confirmation: run this on a terminal, or add --yes. Nothing was changed.</source>
        <translation>Das Gewähren von Handels- oder Abhebungsrechten erfordert eine Bestätigung: Führen Sie dies in einem Terminal aus oder fügen Sie --yes hinzu. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Not confirmed. Nothing was changed.</source>
        <translation>Nicht bestätigt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2
</source>
        <translation>„%1“: %2
</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; (%2, %3)? A deleted API key can not be retrieved.</source>
        <translation>„%1“ (%2, %3) löschen? Ein gelöschter API-Schlüssel kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Deleting a key needs confirmation: run this on a terminal, or add --yes. Nothing was changed.</source>
        <translation>Das Löschen eines Schlüssels erfordert eine Bestätigung: Führen Sie dies in einem Terminal aus oder fügen Sie --yes hinzu. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; and its secret.
</source>
        <translation>„%1“ und sein geheimer Schlüssel wurden gelöscht.
</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>List the secrets Keyrack has in the OS keychain that belong to no key in the data file (left by a crash, or by restoring an old keys.json), by id; never a secret. --remove deletes such entries from the keychain for good (asks for confirmation); an id that has a key is refused: use delete for it.</source>
        <translation>Listet die geheimen Schlüssel von Keyrack im System-Schlüsselbund auf, die zu keinem Schlüssel der Datendatei gehören (nach einem Absturz oder dem Wiederherstellen einer alten keys.json), nach ID; nie einen geheimen Schlüssel. --remove löscht solche Einträge endgültig aus dem Schlüsselbund (mit Rückfrage); eine ID, zu der ein Schlüssel gehört, wird abgelehnt: Verwenden Sie dafür delete.</translation>
    </message>
    <message>
        <source>orphans takes no arguments; name the entries to remove with --remove ID</source>
        <translation>orphans erwartet keine Argumente; nennen Sie die zu entfernenden Einträge mit --remove ID</translation>
    </message>
    <message>
        <source>use either --remove ID or --remove-all, not both</source>
        <translation>verwenden Sie entweder --remove ID oder --remove-all, nicht beides</translation>
    </message>
    <message>
        <source>No orphaned entries: every Keyrack secret in the OS keychain belongs to a key.
</source>
        <translation>Keine verwaisten Einträge: Jeder geheime Schlüssel von Keyrack im System-Schlüsselbund gehört zu einem Schlüssel.
</translation>
    </message>
    <message>
        <source>Keychain entries of Keyrack that belong to no key (by id):
</source>
        <translation>Schlüsselbund-Einträge von Keyrack, die zu keinem Schlüssel gehören (nach ID):
</translation>
    </message>
    <message>
        <source>  %1  (in a locked keyring)
</source>
        <translation>  %1  (in einem gesperrten Schlüsselbund)
</translation>
    </message>
    <message>
        <source>Remove one with: keyrack-cli orphans --remove ID (or all with --remove-all). Their secrets can not be retrieved afterwards.
</source>
        <translation>Entfernen Sie einen mit: keyrack-cli orphans --remove ID (oder alle mit --remove-all). Ihre geheimen Schlüssel können danach nicht wiederhergestellt werden.
</translation>
    </message>
    <message>
        <source>%1 is an entry Keyrack keeps for itself (such as the two-factor secret), not an orphan. Nothing was changed.</source>
        <translation>%1 ist ein Eintrag, den Keyrack für sich selbst führt (etwa das Zwei-Faktor-Geheimnis), kein verwaister Eintrag. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is the secret of the key &quot;%2&quot; (%3, %4), not an orphan: to delete the key, run keyrack-cli delete %1. Nothing was changed.</source>
        <translation>%1 ist der geheime Schlüssel des Schlüssels „%2“ (%3, %4), kein verwaister Eintrag: Um den Schlüssel zu löschen, führen Sie keyrack-cli delete %1 aus. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The OS keychain has no Keyrack entry %1 (keyrack-cli orphans lists them). Nothing was changed.</source>
        <translation>Der System-Schlüsselbund hat keinen Keyrack-Eintrag %1 (keyrack-cli orphans listet sie auf). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>No orphaned entries: nothing to remove.
</source>
        <translation>Keine verwaisten Einträge: Es gibt nichts zu entfernen.
</translation>
    </message>
    <message>
        <source>The entry %1 is in a locked keyring: unlock it and try again. Nothing was changed.</source>
        <translation>Der Eintrag %1 liegt in einem gesperrten Schlüsselbund: Entsperren Sie ihn und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n keychain entry(s) that belong to no key (%1)? Their secrets can not be retrieved.</source>
        <translation>
            <numerusform>%n Schlüsselbund-Eintrag, der zu keinem Schlüssel gehört, löschen (%1)? Sein geheimer Schlüssel kann nicht wiederhergestellt werden.</numerusform>
            <numerusform>%n Schlüsselbund-Einträge, die zu keinem Schlüssel gehören, löschen (%1)? Ihre geheimen Schlüssel können nicht wiederhergestellt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing keychain entries needs confirmation: run this on a terminal, or add --yes. Nothing was changed.</source>
        <translation>Das Entfernen von Schlüsselbund-Einträgen erfordert eine Bestätigung: Führen Sie dies in einem Terminal aus oder fügen Sie --yes hinzu. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 now belongs to the key &quot;%2&quot;, added meanwhile. Nothing was changed.</source>
        <translation>%1 gehört jetzt zum inzwischen hinzugefügten Schlüssel „%2“. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>keyrack-cli: removed before the error: %1
</source>
        <translation>keyrack-cli: vor dem Fehler entfernt: %1
</translation>
    </message>
    <message>
        <source>Removed the orphaned keychain entry %1.
</source>
        <translation>Verwaisten Schlüsselbund-Eintrag %1 entfernt.
</translation>
    </message>
    <message>
        <source>Cannot write the report</source>
        <translation>Fehler beim Schreiben des Berichts</translation>
    </message>
    <message>
        <source>Two-factor code from your authenticator app: </source>
        <translation>Zwei-Faktor-Code aus Ihrer Authenticator-App: </translation>
    </message>
    <message>
        <source>Two-factor codes are on: give the code from your authenticator app on standard input (%1). Nothing was changed.</source>
        <translation>Zwei-Faktor-Codes sind aktiv: geben Sie den Code aus Ihrer Authenticator-App auf der Standardeingabe an (%1). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ConfirmGrantDialog</name>
    <message>
        <source>Confirm access rights</source>
        <translation>Zugriffsrechte bestätigen</translation>
    </message>
    <message>
        <source>Operations initiated through the API (placing orders, initiating withdrawals) require neither a 2FA code nor an e-mail confirmation: the API and secret keys are enough.</source>
        <translation>Über die API ausgelöste Vorgänge (Orders erteilen, Abhebungen veranlassen) erfordern weder einen 2FA-Code noch eine E-Mail-Bestätigung: API-Schlüssel und geheimer Schlüssel genügen.</translation>
    </message>
    <message>
        <source>2FA &amp;code</source>
        <translation>2FA-&amp;Code</translation>
    </message>
    <message>
        <source>6 digits from your authenticator app</source>
        <translation>6 Ziffern aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Zwei-Faktor-Code</translation>
    </message>
    <message>
        <source>Two-factor code message</source>
        <translation>Meldung zum Zwei-Faktor-Code</translation>
    </message>
    <message>
        <source>&lt;p&gt;Grant these rights to &lt;b&gt;%1&lt;/b&gt; (%2, public key &lt;tt&gt;%3&lt;/tt&gt;)?&lt;/p&gt;&lt;ul&gt;%4&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Diese Rechte für &lt;b&gt;%1&lt;/b&gt; (%2, öffentlicher Schlüssel &lt;tt&gt;%3&lt;/tt&gt;) gewähren?&lt;/p&gt;&lt;ul&gt;%4&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Gewähren</translation>
    </message>
    <message>
        <source>Enter the 6-digit code that your authenticator app shows for Keyrack.</source>
        <translation>Geben Sie den 6-stelligen Code ein, den Ihre Authenticator-App für Keyrack anzeigt.</translation>
    </message>
    <message>
        <source>The code was not accepted. Nothing was granted.</source>
        <translation>Der Code wurde nicht akzeptiert. Es wurde nichts gewährt.</translation>
    </message>
    <message>
        <source>Checking the code with the OS keychain…</source>
        <translation>Code wird mit dem System-Schlüsselbund geprüft…</translation>
    </message>
</context>
<context>
    <name>DialogPrompter</name>
    <message>
        <source>Delete API key</source>
        <translation>API-Schlüssel löschen</translation>
    </message>
    <message>
        <source>Delete “%1” (%2, public key %3)?</source>
        <translation>„%1“ (%2, öffentlicher Schlüssel %3) löschen?</translation>
    </message>
    <message>
        <source>A deleted API key can not be retrieved and can not be used to authenticate requests. Its secret is removed from the OS keychain.</source>
        <translation>Ein gelöschter API-Schlüssel kann nicht wiederhergestellt und nicht mehr zur Authentifizierung von Anfragen verwendet werden. Sein geheimer Schlüssel wird aus dem System-Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>EndpointCatalog</name>
    <message>
        <source>List currencies (public)</source>
        <translation>Währungen auflisten (öffentlich)</translation>
    </message>
    <message>
        <source>List trading symbols (public)</source>
        <translation>Handelssymbole auflisten (öffentlich)</translation>
    </message>
    <message>
        <source>Tickers of all symbols (public)</source>
        <translation>Ticker aller Symbole (öffentlich)</translation>
    </message>
    <message>
        <source>Ticker of one symbol (public)</source>
        <translation>Ticker eines Symbols (öffentlich)</translation>
    </message>
    <message>
        <source>Trading balance</source>
        <translation>Handelsguthaben</translation>
    </message>
    <message>
        <source>Order history</source>
        <translation>Orderverlauf</translation>
    </message>
    <message>
        <source>Trade history</source>
        <translation>Handelsverlauf</translation>
    </message>
    <message>
        <source>Active orders</source>
        <translation>Aktive Orders</translation>
    </message>
    <message>
        <source>One active order by its client order id</source>
        <translation>Eine aktive Order nach Client-Order-ID</translation>
    </message>
    <message>
        <source>Place an order</source>
        <translation>Eine Order erteilen</translation>
    </message>
    <message>
        <source>Cancel one order by its client order id</source>
        <translation>Eine Order nach Client-Order-ID stornieren</translation>
    </message>
    <message>
        <source>Trading fee of a symbol</source>
        <translation>Handelsgebühr eines Symbols</translation>
    </message>
    <message>
        <source>Wallet balance</source>
        <translation>Wallet-Guthaben</translation>
    </message>
    <message>
        <source>Wallet transactions</source>
        <translation>Wallet-Transaktionen</translation>
    </message>
    <message>
        <source>Deposit address</source>
        <translation>Einzahlungsadresse</translation>
    </message>
    <message>
        <source>Withdraw cryptocurrency</source>
        <translation>Kryptowährung abheben</translation>
    </message>
    <message>
        <source>Roll back a withdrawal</source>
        <translation>Abhebung rückgängig machen</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>Unknown environment &quot;%1&quot;: use sandbox, hitbtc, hitbtc-demo or an https:// base URL.</source>
        <translation>Unbekannte Umgebung „%1“: Verwenden Sie sandbox, hitbtc, hitbtc-demo oder eine https://-Basis-URL.</translation>
    </message>
    <message>
        <source>Refusing %1: signed requests go over https:// only (plain http:// is allowed for loopback hosts).</source>
        <translation>%1 abgelehnt: Signierte Anfragen gehen nur über https:// (unverschlüsseltes http:// ist für Loopback-Hosts erlaubt).</translation>
    </message>
    <message>
        <source>Unsupported scheme in %1: use an https:// base URL.</source>
        <translation>Nicht unterstütztes Schema in %1: Verwenden Sie eine https://-Basis-URL.</translation>
    </message>
    <message>
        <source>The base URL %1 must not carry user information, a query or a fragment.</source>
        <translation>Die Basis-URL %1 darf keine Benutzerinformationen, keine Query und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>HitBTC</source>
        <translation>HitBTC</translation>
    </message>
    <message>
        <source>HitBTC demo</source>
        <translation>HitBTC demo</translation>
    </message>
</context>
<context>
    <name>KeyRepository</name>
    <message>
        <source>No key matches &quot;%1&quot;: give a label, an id or a public key (see the list command).</source>
        <translation>Kein Schlüssel passt zu „%1“: Geben Sie eine Bezeichnung, eine ID oder einen öffentlichen Schlüssel an (siehe Befehl list).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 keys; name one by its id:
  %3</source>
        <translation>„%1“ passt zu %2 Schlüsseln; nennen Sie einen über seine ID:
  %3</translation>
    </message>
    <message>
        <source>The public key %1 is already in Keyrack for %2 as &quot;%3&quot;.</source>
        <translation>Der öffentliche Schlüssel %1 ist in Keyrack bereits für %2 als „%3“ vorhanden.</translation>
    </message>
    <message>
        <source>The random source failed to produce a key. Nothing was changed.</source>
        <translation>Die Zufallsquelle konnte keinen Schlüssel erzeugen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The key was not added; Keyrack will tidy up its unfinished record the next time it can write.</source>
        <translation>Der Schlüssel wurde nicht hinzugefügt; Keyrack bereinigt seinen unvollständigen Eintrag, sobald es wieder schreiben kann.</translation>
    </message>
    <message>
        <source>Nothing was changed: the key was not added.</source>
        <translation>Es wurde nichts geändert: Der Schlüssel wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>The key&apos;s record vanished while it was being added.</source>
        <translation>Der Eintrag des Schlüssels ist beim Hinzufügen verschwunden.</translation>
    </message>
    <message>
        <source>The key was not added.</source>
        <translation>Der Schlüssel wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>That key is no longer in Keyrack.</source>
        <translation>Dieser Schlüssel ist nicht mehr in Keyrack.</translation>
    </message>
    <message>
        <source>Nothing was removed: “%1” is still there.</source>
        <translation>Es wurde nichts entfernt: „%1“ ist noch vorhanden.</translation>
    </message>
    <message>
        <source>The secret is deleted; the key&apos;s record will be removed the next time Keyrack can write.</source>
        <translation>Der geheime Schlüssel ist gelöscht; der Eintrag des Schlüssels wird entfernt, sobald Keyrack wieder schreiben kann.</translation>
    </message>
    <message>
        <source>The secret of %1 is missing from the OS keychain: it was deleted outside Keyrack. Delete this key and import it again.</source>
        <translation>Der geheime Schlüssel von %1 fehlt im System-Schlüsselbund: Er wurde außerhalb von Keyrack gelöscht. Löschen Sie diesen Schlüssel und importieren Sie ihn erneut.</translation>
    </message>
    <message>
        <source>An unfinished operation could not be tidied up.</source>
        <translation>Ein unvollständiger Vorgang konnte nicht bereinigt werden.</translation>
    </message>
    <message>
        <source>“%1” (%2, %3)</source>
        <translation>„%1“ (%2, %3)</translation>
    </message>
</context>
<context>
    <name>KeyRisks</name>
    <message>
        <source>&quot;Allow all&quot;: this key may do everything, including withdrawals.</source>
        <translation>„Alle erlauben“: Dieser Schlüssel darf alles, auch abheben.</translation>
    </message>
    <message>
        <source>Withdrawals allowed: this key can move funds off the exchange.</source>
        <translation>Abhebungen erlaubt: Dieser Schlüssel kann Guthaben von der Börse abziehen.</translation>
    </message>
    <message>
        <source>The last audit found &quot;%1&quot; allowed, which is not declared: this key can do more than you think.</source>
        <translation>Die letzte Prüfung ergab, dass „%1“ erlaubt ist, obwohl es nicht deklariert ist: Dieser Schlüssel kann mehr, als Sie denken.</translation>
    </message>
    <message>
        <source>The last audit found &quot;%1&quot; refused, though it is declared.</source>
        <translation>Die letzte Prüfung ergab, dass „%1“ abgelehnt wird, obwohl es deklariert ist.</translation>
    </message>
    <message numerus="yes">
        <source>Not used for %n day(s): revoke it if nothing needs it.</source>
        <translation>
            <numerusform>Seit %n Tag nicht genutzt: Widerrufen Sie ihn, wenn er nicht gebraucht wird.</numerusform>
            <numerusform>Seit %n Tagen nicht genutzt: Widerrufen Sie ihn, wenn er nicht gebraucht wird.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Never used in %n day(s): revoke it if nothing needs it.</source>
        <translation>
            <numerusform>In %n Tag nie genutzt: Widerrufen Sie ihn, wenn er nicht gebraucht wird.</numerusform>
            <numerusform>In %n Tagen nie genutzt: Widerrufen Sie ihn, wenn er nicht gebraucht wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never audited.</source>
        <translation>Nie geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>No audit for %n day(s).</source>
        <translation>
            <numerusform>Seit %n Tag nicht geprüft.</numerusform>
            <numerusform>Seit %n Tagen nicht geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The same public key is imported %n more time(s).</source>
        <translation>
            <numerusform>Derselbe öffentliche Schlüssel ist noch %n weiteres Mal importiert.</numerusform>
            <numerusform>Derselbe öffentliche Schlüssel ist noch %n weitere Male importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyTableModel</name>
    <message>
        <source>ON</source>
        <translation>AN</translation>
    </message>
    <message>
        <source>OFF</source>
        <translation>AUS</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 • due</source>
        <translation>%1 • fällig</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>gesehen</translation>
    </message>
    <message>
        <source>seen!</source>
        <translation>gesehen!</translation>
    </message>
    <message>
        <source>refused!</source>
        <translation>abgelehnt!</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>nicht getestet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>gewährt</translation>
    </message>
    <message>
        <source>not granted</source>
        <translation>nicht gewährt</translation>
    </message>
    <message>
        <source>The audit of %1 found it allowed: this key can do more than you think.</source>
        <translation>Die Prüfung vom %1 ergab, dass es erlaubt ist: Dieser Schlüssel kann mehr, als Sie denken.</translation>
    </message>
    <message>
        <source>The audit of %1 found it refused by the exchange.</source>
        <translation>Die Prüfung vom %1 ergab, dass die Börse es ablehnt.</translation>
    </message>
    <message>
        <source>The audit of %1 confirmed it.</source>
        <translation>Die Prüfung vom %1 hat es bestätigt.</translation>
    </message>
    <message>
        <source>The audit of %1 confirmed the exchange refuses it.</source>
        <translation>Die Prüfung vom %1 hat bestätigt, dass die Börse es ablehnt.</translation>
    </message>
    <message>
        <source>Not probed by the audit of %1.</source>
        <translation>Bei der Prüfung vom %1 nicht getestet.</translation>
    </message>
    <message>
        <source>The audit of %1 could not tell.</source>
        <translation>Die Prüfung vom %1 brachte kein eindeutiges Ergebnis.</translation>
    </message>
    <message>
        <source>Public key %1 (the secret is in the OS keychain)</source>
        <translation>Öffentlicher Schlüssel %1 (der geheime Schlüssel liegt im System-Schlüsselbund)</translation>
    </message>
    <message>
        <source>ON: this key may sign requests. Click or press Space to revoke it.</source>
        <translation>AN: Dieser Schlüssel darf Anfragen signieren. Klicken oder Leertaste drücken, um ihn zu widerrufen.</translation>
    </message>
    <message>
        <source>OFF (revoked): a revoked key cannot authenticate requests. Click or press Space to enable it.</source>
        <translation>AUS (widerrufen): Ein widerrufener Schlüssel kann keine Anfragen authentifizieren. Klicken oder Leertaste drücken, um ihn zu aktivieren.</translation>
    </message>
    <message>
        <source>Allow all: every right, including trading and withdrawals</source>
        <translation>Alle erlauben: alle Rechte, einschließlich Handel und Abhebungen</translation>
    </message>
    <message>
        <source>The embedded sandbox exchange</source>
        <translation>Die eingebettete Sandbox-Börse</translation>
    </message>
    <message>
        <source>Delete this key for good</source>
        <translation>Diesen Schlüssel endgültig löschen</translation>
    </message>
    <message>
        <source>Last audit: %1</source>
        <translation>Letzte Prüfung: %1</translation>
    </message>
    <message>
        <source>Never audited: select the key and choose Audit.</source>
        <translation>Nie geprüft: Wählen Sie den Schlüssel aus und dann „Ausgewählte Schlüssel prüfen“.</translation>
    </message>
    <message>
        <source>Key %1 is ON</source>
        <translation>Schlüssel %1 ist AN</translation>
    </message>
    <message>
        <source>Key %1 is OFF</source>
        <translation>Schlüssel %1 ist AUS</translation>
    </message>
    <message>
        <source>%1 for %2: %3</source>
        <translation>%1 für %2: %3</translation>
    </message>
    <message>
        <source>%1; last audit: %2</source>
        <translation>%1; letzte Prüfung: %2</translation>
    </message>
    <message>
        <source>every right granted</source>
        <translation>alle Rechte gewährt</translation>
    </message>
    <message>
        <source>no right granted</source>
        <translation>kein Recht gewährt</translation>
    </message>
    <message>
        <source>some rights granted</source>
        <translation>einige Rechte gewährt</translation>
    </message>
    <message>
        <source>Allow all for %1: %2</source>
        <translation>Alle erlauben für %1: %2</translation>
    </message>
    <message>
        <source>Delete key %1</source>
        <translation>Schlüssel %1 löschen</translation>
    </message>
    <message>
        <source>Grant every right at once</source>
        <translation>Alle Rechte auf einmal gewähren</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Order book, History,
Trading balance</source>
        <translation>Orderbuch, Verlauf,
Handelsguthaben</translation>
    </message>
    <message>
        <source>Place/cancel
orders</source>
        <translation>Orders erteilen/
stornieren</translation>
    </message>
    <message>
        <source>Payment
information</source>
        <translation>Zahlungs-
informationen</translation>
    </message>
    <message>
        <source>Withdraw
cryptocurrencies</source>
        <translation>Kryptowährungen
abheben</translation>
    </message>
    <message>
        <source>Allow all</source>
        <translation>Alle erlauben</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt genutzt</translation>
    </message>
    <message>
        <source>Last audit</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>KeyValidation</name>
    <message>
        <source>The label is empty: give the key a name you will recognise.</source>
        <translation>Die Bezeichnung ist leer: Geben Sie dem Schlüssel einen Namen, den Sie wiedererkennen.</translation>
    </message>
    <message>
        <source>The label is longer than %1 characters.</source>
        <translation>Die Bezeichnung ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The label contains control characters.</source>
        <translation>Die Bezeichnung enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The public key is empty.</source>
        <translation>Der öffentliche Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>The public key is longer than %1 characters: check that you pasted only the key.</source>
        <translation>Der öffentliche Schlüssel ist länger als %1 Zeichen: Prüfen Sie, ob Sie nur den Schlüssel eingefügt haben.</translation>
    </message>
    <message>
        <source>The public key contains control characters: check that you pasted only the key.</source>
        <translation>Der öffentliche Schlüssel enthält Steuerzeichen: Prüfen Sie, ob Sie nur den Schlüssel eingefügt haben.</translation>
    </message>
    <message>
        <source>The public key contains spaces: check that you pasted only the key.</source>
        <translation>Der öffentliche Schlüssel enthält Leerzeichen: Prüfen Sie, ob Sie nur den Schlüssel eingefügt haben.</translation>
    </message>
    <message>
        <source>The secret key is empty.</source>
        <translation>Der geheime Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>The secret key is longer than %1 characters: check that you pasted only the secret.</source>
        <translation>Der geheime Schlüssel ist länger als %1 Zeichen: Prüfen Sie, ob Sie nur den geheimen Schlüssel eingefügt haben.</translation>
    </message>
    <message>
        <source>The secret key contains control characters: check that you pasted only the secret.</source>
        <translation>Der geheime Schlüssel enthält Steuerzeichen: Prüfen Sie, ob Sie nur den geheimen Schlüssel eingefügt haben.</translation>
    </message>
    <message>
        <source>The secret key contains spaces: check that you pasted only the secret.</source>
        <translation>Der geheime Schlüssel enthält Leerzeichen: Prüfen Sie, ob Sie nur den geheimen Schlüssel eingefügt haben.</translation>
    </message>
    <message>
        <source>The secret key is not valid text.</source>
        <translation>Der geheime Schlüssel ist kein gültiger Text.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>Die Notiz ist länger als %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>KeychainIndex</name>
    <message>
        <source>No keychain service is running: Keyrack needs a Secret Service provider (gnome-keyring or KWallet) on your session bus. Start it, or log in to a desktop session, and try again.</source>
        <translation>Es läuft kein Schlüsselbund-Dienst: Keyrack braucht einen Secret-Service-Anbieter (gnome-keyring oder KWallet) auf Ihrem Sitzungsbus. Starten Sie ihn oder melden Sie sich an einer Desktop-Sitzung an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 (The keychain said: %2)</source>
        <translation>%1 (Meldung des Schlüsselbunds: %2)</translation>
    </message>
    <message>
        <source>The OS keychain did not answer within %1 s: it may be waiting for you to unlock it in a prompt, or its service is stuck. Try again.</source>
        <translation>Der System-Schlüsselbund hat nicht innerhalb von %1 s geantwortet: Vielleicht wartet er darauf, dass Sie ihn in einer Abfrage entsperren, oder sein Dienst hängt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The OS keychain could not list its entries. (The keychain said: %1)</source>
        <translation>Der System-Schlüsselbund konnte seine Einträge nicht auflisten. (Meldung des Schlüsselbunds: %1)</translation>
    </message>
</context>
<context>
    <name>KeychainVault</name>
    <message>
        <source>the OS keychain</source>
        <translation>System-Schlüsselbund</translation>
    </message>
    <message>
        <source>The secret is missing from the OS keychain (entry %1): it was deleted outside Keyrack.</source>
        <translation>Der geheime Schlüssel fehlt im System-Schlüsselbund (Eintrag %1): Er wurde außerhalb von Keyrack gelöscht.</translation>
    </message>
    <message>
        <source>%1 (The keychain said: %2)</source>
        <translation>%1 (Meldung des Schlüsselbunds: %2)</translation>
    </message>
    <message>
        <source>The secret is not in the OS keychain.</source>
        <translation>Der geheime Schlüssel ist nicht im System-Schlüsselbund.</translation>
    </message>
    <message>
        <source>The OS keychain is locked or refused access: unlock it (for example by logging in to your desktop&apos;s keyring) and try again.</source>
        <translation>Der System-Schlüsselbund ist gesperrt oder hat den Zugriff verweigert: Entsperren Sie ihn (zum Beispiel durch Anmelden am Schlüsselbund Ihres Desktops) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the OS keychain was denied at its prompt.</source>
        <translation>Der Zugriff auf den System-Schlüsselbund wurde in seiner Abfrage verweigert.</translation>
    </message>
    <message>
        <source>No OS keychain is available: start a Secret Service provider such as gnome-keyring or KWallet and try again.</source>
        <translation>Kein System-Schlüsselbund verfügbar: Starten Sie einen Secret-Service-Anbieter wie gnome-keyring oder KWallet und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The OS keychain could not delete the entry.</source>
        <translation>Der System-Schlüsselbund konnte den Eintrag nicht löschen.</translation>
    </message>
    <message>
        <source>No keychain service is running: Keyrack needs a Secret Service provider (gnome-keyring or KWallet) on your session bus. Start it, or log in to a desktop session, and try again.</source>
        <translation>Es läuft kein Schlüsselbund-Dienst: Keyrack braucht einen Secret-Service-Anbieter (gnome-keyring oder KWallet) auf Ihrem Sitzungsbus. Starten Sie ihn oder melden Sie sich an einer Desktop-Sitzung an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The OS keychain is locked: unlock it and try again.</source>
        <translation>Der System-Schlüsselbund ist gesperrt: Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The OS keychain could not be used: is libsecret (libsecret-1-0) installed?</source>
        <translation>Der System-Schlüsselbund konnte nicht verwendet werden: Ist libsecret (libsecret-1-0) installiert?</translation>
    </message>
    <message>
        <source>The OS keychain reported an error.</source>
        <translation>Der System-Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The OS keychain did not answer within %1 s: it may be waiting for you to unlock it in a prompt, or its service is stuck. Try again.</source>
        <translation>Der System-Schlüsselbund hat nicht innerhalb von %1 s geantwortet: Vielleicht wartet er darauf, dass Sie ihn in einer Abfrage entsperren, oder sein Dienst hängt. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Keyrack — API keys</source>
        <translation>Keyrack — API-Schlüssel</translation>
    </message>
    <message>
        <source>&lt;h2&gt;API keys&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;API-Schlüssel&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Sandbox address</source>
        <translation>Sandbox-Adresse</translation>
    </message>
    <message>
        <source>Search label, public key, note</source>
        <translation>Bezeichnung, öffentlichen Schlüssel, Notiz suchen</translation>
    </message>
    <message>
        <source>Search keys</source>
        <translation>Schlüssel suchen</translation>
    </message>
    <message>
        <source>Environment filter</source>
        <translation>Umgebungsfilter</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>&amp;New API key</source>
        <translation>&amp;Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Test call</source>
        <translation>Testaufruf</translation>
    </message>
    <message>
        <source>Cancel audit</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>&amp;Delete key</source>
        <translation>Schlüssel &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Copy public key</source>
        <translation>Öffentlichen Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <source>ON and OFF</source>
        <translation>AN und AUS</translation>
    </message>
    <message>
        <source>ON only</source>
        <translation>Nur AN</translation>
    </message>
    <message>
        <source>OFF only</source>
        <translation>Nur AUS</translation>
    </message>
    <message>
        <source>Audit progress</source>
        <translation>Prüffortschritt</translation>
    </message>
    <message>
        <source>Cancel the audit</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;New API key…</source>
        <translation>&amp;Neuer API-Schlüssel…</translation>
    </message>
    <message>
        <source>&amp;Audit selected keys</source>
        <translation>Ausgewählte Schlüssel &amp;prüfen</translation>
    </message>
    <message>
        <source>Audit a&amp;ll keys</source>
        <translation>&amp;Alle Schlüssel prüfen</translation>
    </message>
    <message>
        <source>&amp;Open audit report in the browser</source>
        <translation>Prüfbericht im Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Export audit report…</source>
        <translation>Prüfbericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Test call panel</source>
        <translation>&amp;Testaufruf-Bereich</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Sandbox: not running</source>
        <translation>Sandbox: läuft nicht</translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation>Sandbox: %1</translation>
    </message>
    <message>
        <source>The embedded sandbox exchange serves HitBTC&apos;s API v3 at %1/api/3 for the sandbox keys of this data directory.</source>
        <translation>Die eingebettete Sandbox-Börse stellt die API v3 von HitBTC unter %1/api/3 für die Sandbox-Schlüssel dieses Datenverzeichnisses bereit.</translation>
    </message>
    <message>
        <source>Settings are not available in this window.</source>
        <translation>Einstellungen sind in diesem Fenster nicht verfügbar.</translation>
    </message>
    <message>
        <source>Select the keys to audit first.</source>
        <translation>Wählen Sie zuerst die zu prüfenden Schlüssel aus.</translation>
    </message>
    <message>
        <source>No key is ON: there is nothing to audit.</source>
        <translation>Kein Schlüssel ist AN: Es gibt nichts zu prüfen.</translation>
    </message>
    <message>
        <source>An audit is already running.</source>
        <translation>Es läuft bereits eine Prüfung.</translation>
    </message>
    <message>
        <source>Probe the withdraw right?</source>
        <translation>Abheberecht testen?</translation>
    </message>
    <message>
        <source>To learn whether “%1” may withdraw, Keyrack asks %2 to roll back a withdrawal that does not exist. It moves nothing, but it is not a documented read-only request. Probe it?</source>
        <translation>Um herauszufinden, ob „%1“ abheben darf, bittet Keyrack %2, eine nicht existierende Abhebung rückgängig zu machen. Dabei wird nichts bewegt, es ist aber keine dokumentierte reine Leseanfrage. Trotzdem testen?</translation>
    </message>
    <message>
        <source>Probe withdraw too</source>
        <translation>Abheben auch testen</translation>
    </message>
    <message>
        <source>Audit cancelled; results so far are kept.</source>
        <translation>Prüfung abgebrochen; die bisherigen Ergebnisse bleiben erhalten.</translation>
    </message>
    <message>
        <source>“%1” was not audited: %2</source>
        <translation>„%1“ wurde nicht geprüft: %2</translation>
    </message>
    <message>
        <source>The audit result was not saved</source>
        <translation>Das Prüfergebnis wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message numerus="yes">
        <source>Audited %n key(s); %1 differ from what is declared.</source>
        <translation>
            <numerusform>%n Schlüssel geprüft; bei %1 weichen die Rechte von den deklarierten ab.</numerusform>
            <numerusform>%n Schlüssel geprüft; bei %1 weichen die Rechte von den deklarierten ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export audit report</source>
        <translation>Prüfbericht exportieren</translation>
    </message>
    <message>
        <source>Web page (*.html);;JSON (*.json);;CSV (*.csv)</source>
        <translation>Webseite (*.html);;JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Der Bericht wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>The report was not opened</source>
        <translation>Der Bericht wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No API keys yet&lt;/h3&gt;&lt;p&gt;Click &lt;b&gt;New API key&lt;/b&gt; to create a key in the embedded sandbox (active, with no access rights; its secret is shown once), or to import a key you created on HitBTC.&lt;/p&gt;&lt;p&gt;Secrets are kept in your OS keychain, never in a file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine API-Schlüssel&lt;/h3&gt;&lt;p&gt;Klicken Sie auf &lt;b&gt;Neuer API-Schlüssel&lt;/b&gt;, um einen Schlüssel in der eingebetteten Sandbox zu erstellen (aktiv, ohne Zugriffsrechte; sein geheimer Schlüssel wird einmal angezeigt) oder um einen auf HitBTC erstellten Schlüssel zu importieren.&lt;/p&gt;&lt;p&gt;Geheime Schlüssel werden in Ihrem System-Schlüsselbund aufbewahrt, nie in einer Datei.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No key matches the search and filters.</source>
        <translation>Kein Schlüssel entspricht der Suche und den Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the OS keychain…</source>
        <translation>Warten auf den System-Schlüsselbund…</translation>
    </message>
    <message>
        <source>Key created.</source>
        <translation>Schlüssel erstellt.</translation>
    </message>
    <message>
        <source>The key was not created</source>
        <translation>Der Schlüssel wurde nicht erstellt</translation>
    </message>
    <message>
        <source>Key imported.</source>
        <translation>Schlüssel importiert.</translation>
    </message>
    <message>
        <source>The key was not imported</source>
        <translation>Der Schlüssel wurde nicht importiert</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>The key was not deleted</source>
        <translation>Der Schlüssel wurde nicht gelöscht</translation>
    </message>
    <message>
        <source>Public key copied.</source>
        <translation>Öffentlicher Schlüssel kopiert.</translation>
    </message>
    <message>
        <source>Cannot write the report</source>
        <translation>Fehler beim Schreiben des Berichts</translation>
    </message>
</context>
<context>
    <name>MetadataJson</name>
    <message>
        <source>field &quot;rights&quot; is not a list</source>
        <translation>Feld „rights“ ist keine Liste</translation>
    </message>
    <message>
        <source>unknown right &quot;%1&quot;</source>
        <translation>unbekanntes Recht „%1“</translation>
    </message>
    <message>
        <source>field &quot;lastAudit&quot; is not an object</source>
        <translation>Feld „lastAudit“ ist kein Objekt</translation>
    </message>
    <message>
        <source>audit of right &quot;%1&quot; is not understood</source>
        <translation>Prüfung des Rechts „%1“ ist unverständlich</translation>
    </message>
    <message>
        <source>the audit has no time</source>
        <translation>die Prüfung hat keine Zeitangabe</translation>
    </message>
    <message>
        <source>a key entry is not an object</source>
        <translation>ein Schlüsseleintrag ist kein Objekt</translation>
    </message>
    <message>
        <source>field &quot;id&quot; is not a UUID</source>
        <translation>Feld „id“ ist keine UUID</translation>
    </message>
    <message>
        <source>field &quot;enabled&quot; is not true or false</source>
        <translation>Feld „enabled“ ist weder true noch false</translation>
    </message>
    <message>
        <source>unknown pending operation &quot;%1&quot;</source>
        <translation>unbekannter ausstehender Vorgang „%1“</translation>
    </message>
    <message>
        <source>field &quot;pending&quot; is not an object</source>
        <translation>Feld „pending“ ist kein Objekt</translation>
    </message>
    <message>
        <source>a key has an empty label or public key</source>
        <translation>ein Schlüssel hat eine leere Bezeichnung oder einen leeren öffentlichen Schlüssel</translation>
    </message>
</context>
<context>
    <name>MetadataStore</name>
    <message>
        <source>Cannot read the metadata file %1: %2. Check its permissions.</source>
        <translation>Die Metadatendatei %1 kann nicht gelesen werden: %2. Prüfen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>Cannot create the data directory</source>
        <translation>Fehler beim Anlegen des Datenverzeichnisses</translation>
    </message>
    <message>
        <source>check that its parent exists and is writable</source>
        <translation>prüfen Sie, ob das übergeordnete Verzeichnis existiert und beschreibbar ist</translation>
    </message>
    <message>
        <source>Another Keyrack process has held the lock on</source>
        <translation>Ein anderer Keyrack-Prozess hält die Sperre auf</translation>
    </message>
    <message>
        <source>for more than %1 s; try again</source>
        <translation>seit mehr als %1 s; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>Cannot write in the data directory of</source>
        <translation>Kein Schreibzugriff auf das Datenverzeichnis von</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Cannot create the lock file for</source>
        <translation>Fehler beim Anlegen der Sperrdatei für</translation>
    </message>
    <message>
        <source>the disk may be full, or the data directory cannot be written: free some space or check the directory, and try again</source>
        <translation>der Datenträger ist möglicherweise voll oder das Datenverzeichnis nicht beschreibbar: Geben Sie Speicherplatz frei oder prüfen Sie das Verzeichnis und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1 %2: %3. Nothing was changed.</source>
        <translation>%1 %2: %3. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>the disk is full (or your disk quota is used up): free some space and try again</source>
        <translation>der Datenträger ist voll (oder Ihr Kontingent ist erschöpft): Geben Sie Speicherplatz frei und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the file is larger than this process may write (see ulimit -f)</source>
        <translation>die Datei ist größer, als dieser Prozess schreiben darf (siehe ulimit -f)</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>das Dateisystem ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Cannot write the metadata file</source>
        <translation>Fehler beim Schreiben der Metadatendatei</translation>
    </message>
    <message>
        <source>permission denied: check the permissions of %1</source>
        <translation>Zugriff verweigert: prüfen Sie die Berechtigungen von %1</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Umgebung</translation>
    </message>
    <message>
        <source>Base &amp;URL</source>
        <translation>Basis-U&amp;RL</translation>
    </message>
    <message>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Bezeichnung</translation>
    </message>
    <message>
        <source>e.g. trading bot</source>
        <translation>z. B. Handelsbot</translation>
    </message>
    <message>
        <source>&amp;Public API key</source>
        <translation>Ö&amp;ffentlicher API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Secret key</source>
        <translation>&amp;Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Sandbox (generate a new key here)</source>
        <translation>Sandbox (hier einen neuen Schlüssel erzeugen)</translation>
    </message>
    <message>
        <source>HitBTC (import a key created on hitbtc.com)</source>
        <translation>HitBTC (auf hitbtc.com erstellten Schlüssel importieren)</translation>
    </message>
    <message>
        <source>HitBTC demo (import)</source>
        <translation>HitBTC demo (importieren)</translation>
    </message>
    <message>
        <source>Other HitBTC-compatible API (import)</source>
        <translation>Andere HitBTC-kompatible API (importieren)</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Public API key</source>
        <translation>Öffentlicher API-Schlüssel</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Enter the https:// base URL of the API.</source>
        <translation>Geben Sie die https://-Basis-URL der API ein.</translation>
    </message>
    <message>
        <source>Create the key on the exchange&apos;s API settings page first, then paste its public key and secret here. The secret goes to your OS keychain and is never shown again.</source>
        <translation>Erstellen Sie den Schlüssel zuerst auf der API-Einstellungsseite der Börse und fügen Sie dann hier seinen öffentlichen und seinen geheimen Schlüssel ein. Der geheime Schlüssel wird in Ihrem System-Schlüsselbund gespeichert und nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>Keyrack creates an active key with no access rights in the embedded sandbox, and shows its secret once.</source>
        <translation>Keyrack erstellt in der eingebetteten Sandbox einen aktiven Schlüssel ohne Zugriffsrechte und zeigt seinen geheimen Schlüssel einmal an.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
</context>
<context>
    <name>QrCodeWidget</name>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>A QR code to scan with an authenticator app. It holds the same secret as the text shown with it.</source>
        <translation>Ein QR-Code zum Scannen mit einer Authenticator-App. Er enthält dasselbe Geheimnis wie der daneben angezeigte Text.</translation>
    </message>
</context>
<context>
    <name>RecordReader</name>
    <message>
        <source>field &quot;%1&quot; is missing or not text</source>
        <translation>Feld „%1“ fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a date</source>
        <translation>Feld „%1“ ist kein Datum</translation>
    </message>
</context>
<context>
    <name>RightsAuditor</name>
    <message>
        <source>&quot;%1&quot; is switched OFF in Keyrack: Keyrack does not sign with it, so it was not probed.</source>
        <translation>„%1“ ist in Keyrack auf AUS geschaltet: Keyrack signiert nicht damit, daher wurde er nicht getestet.</translation>
    </message>
    <message>
        <source>No sandbox is running for this data directory.</source>
        <translation>Für dieses Datenverzeichnis läuft keine Sandbox.</translation>
    </message>
    <message>
        <source>Reading the secret from the keychain</source>
        <translation>Geheimer Schlüssel wird aus dem Schlüsselbund gelesen</translation>
    </message>
    <message>
        <source>Probing &quot;%1&quot;</source>
        <translation>„%1“ wird getestet</translation>
    </message>
    <message>
        <source>key refused: switched off on the exchange, wrong secret, or clock skew</source>
        <translation>Schlüssel abgelehnt: auf der Börse ausgeschaltet, falscher geheimer Schlüssel oder abweichende Uhrzeit</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>as declared</source>
        <translation>wie deklariert</translation>
    </message>
    <message>
        <source>can do more than declared: %1</source>
        <translation>kann mehr als deklariert: %1</translation>
    </message>
    <message>
        <source>declared but refused: %1</source>
        <translation>deklariert, aber abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>SandboxAddress</name>
    <message>
        <source>Cannot create %1. keyrack-cli will not find this sandbox.</source>
        <translation>%1 kann nicht angelegt werden. keyrack-cli wird diese Sandbox nicht finden.</translation>
    </message>
    <message>
        <source>Cannot write the sandbox&apos;s address to</source>
        <translation>Fehler beim Schreiben der Sandbox-Adresse nach</translation>
    </message>
    <message>
        <source>keyrack-cli will not find this sandbox.</source>
        <translation>keyrack-cli wird diese Sandbox nicht finden.</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>The sandbox cannot listen on %1 port %2: the port is taken or the address is not on this computer.</source>
        <translation>Die Sandbox kann nicht auf %1, Port %2 lauschen: Der Port ist belegt oder die Adresse gehört nicht zu diesem Computer.</translation>
    </message>
</context>
<context>
    <name>SecretRevealDialog</name>
    <message>
        <source>Your new API key</source>
        <translation>Ihr neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Save the secret key now.&lt;/b&gt; Further accessing this page will hide the secret key, so saving it somewhere safe is very important. If you lose your secret key, you won&apos;t be able to use this API key anymore: you will need to create a new one.</source>
        <translation>&lt;b&gt;Sichern Sie den geheimen Schlüssel jetzt.&lt;/b&gt; Beim nächsten Aufruf dieser Seite wird der geheime Schlüssel verborgen, daher ist es sehr wichtig, ihn an einem sicheren Ort aufzubewahren. Wenn Sie Ihren geheimen Schlüssel verlieren, können Sie diesen API-Schlüssel nicht mehr verwenden: Sie müssen dann einen neuen erstellen.</translation>
    </message>
    <message>
        <source>&amp;Public API key</source>
        <translation>Ö&amp;ffentlicher API-Schlüssel</translation>
    </message>
    <message>
        <source>Public API key</source>
        <translation>Öffentlicher API-Schlüssel</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the public API key</source>
        <translation>Öffentlichen API-Schlüssel kopieren</translation>
    </message>
    <message>
        <source>&amp;Secret key</source>
        <translation>&amp;Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Copy the secret key</source>
        <translation>Geheimen Schlüssel kopieren</translation>
    </message>
    <message>
        <source>I have &amp;saved my secret key</source>
        <translation>Ich habe meinen geheimen Schlüssel ge&amp;sichert</translation>
    </message>
    <message numerus="yes">
        <source>A copied secret is cleared from the clipboard after %n second(s).</source>
        <translation>
            <numerusform>Ein kopierter geheimer Schlüssel wird nach %n Sekunde aus der Zwischenablage gelöscht.</numerusform>
            <numerusform>Ein kopierter geheimer Schlüssel wird nach %n Sekunden aus der Zwischenablage gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Clear a copied secret a&amp;fter</source>
        <translation>Kopierte geheime Schlüssel löschen &amp;nach</translation>
    </message>
    <message>
        <source>Clipboard clear delay in seconds</source>
        <translation>Verzögerung bis zum Leeren der Zwischenablage in Sekunden</translation>
    </message>
    <message>
        <source>Two-factor codes</source>
        <translation>Zwei-Faktor-Codes</translation>
    </message>
    <message>
        <source>Require a 2FA &amp;code before granting trading or withdrawal rights</source>
        <translation>Vor dem Gewähren von Handels- oder Abhebungsrechten einen 2FA-&amp;Code verlangen</translation>
    </message>
    <message>
        <source>Require a two-factor code before granting trading or withdrawal rights</source>
        <translation>Vor dem Gewähren von Handels- oder Abhebungsrechten einen Zwei-Faktor-Code verlangen</translation>
    </message>
    <message>
        <source>Two-factor status</source>
        <translation>Zwei-Faktor-Status</translation>
    </message>
    <message>
        <source>C&amp;urrent code</source>
        <translation>&amp;Aktueller Code</translation>
    </message>
    <message>
        <source>6 digits from your authenticator app</source>
        <translation>6 Ziffern aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>Current two-factor code, to turn two-factor codes off</source>
        <translation>Aktueller Zwei-Faktor-Code, um Zwei-Faktor-Codes auszuschalten</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Remind me to &amp;audit key rights every</source>
        <translation>An die &amp;Prüfung der Schlüsselrechte erinnern alle</translation>
    </message>
    <message>
        <source>Audit reminder interval in days</source>
        <translation>Erinnerungsintervall für Prüfungen in Tagen</translation>
    </message>
    <message>
        <source>Test calls</source>
        <translation>Testaufrufe</translation>
    </message>
    <message>
        <source>Ask before &amp;state-changing test calls on the sandbox</source>
        <translation>Vor &amp;zustandsändernden Testaufrufen in der Sandbox fragen</translation>
    </message>
    <message>
        <source>Ask before state-changing test calls on the sandbox</source>
        <translation>Vor zustandsändernden Testaufrufen in der Sandbox fragen</translation>
    </message>
    <message>
        <source>Calls that place or cancel orders or withdraw on an exchange always ask first.</source>
        <translation>Aufrufe, die auf einer Börse Orders erteilen, stornieren oder abheben, fragen immer vorher nach.</translation>
    </message>
    <message>
        <source>Keep a &amp;history of test calls</source>
        <translation>&amp;Verlauf der Testaufrufe führen</translation>
    </message>
    <message>
        <source>Keep a history of test calls</source>
        <translation>Verlauf der Testaufrufe führen</translation>
    </message>
    <message>
        <source>Keep request &amp;bodies in the history</source>
        <translation>Anfrage-&amp;Bodys im Verlauf speichern</translation>
    </message>
    <message>
        <source>Keep request bodies in the history</source>
        <translation>Anfrage-Bodys im Verlauf speichern</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Enter a current code from your authenticator app: two-factor codes are turned off, and their secret removed from the OS keychain, when you press OK.</source>
        <translation>Geben Sie einen aktuellen Code aus Ihrer Authenticator-App ein: Wenn Sie auf OK klicken, werden die Zwei-Faktor-Codes ausgeschaltet und ihr Geheimnis aus dem System-Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>On. The secret is in the OS keychain; turning this off needs a current code.</source>
        <translation>An. Das Geheimnis liegt im System-Schlüsselbund; zum Ausschalten ist ein aktueller Code nötig.</translation>
    </message>
    <message>
        <source>Off. Turning this on shows a QR code for your authenticator app; it takes effect as soon as a first code from the app checks out.</source>
        <translation>Aus. Beim Einschalten wird ein QR-Code für Ihre Authenticator-App angezeigt; die Einstellung gilt, sobald ein erster Code aus der App bestätigt ist.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code that your authenticator app shows for Keyrack to turn two-factor codes off, or tick the box again to keep them on.</source>
        <translation>Geben Sie den 6-stelligen Code ein, den Ihre Authenticator-App für Keyrack anzeigt, um Zwei-Faktor-Codes auszuschalten, oder setzen Sie das Häkchen wieder, um sie eingeschaltet zu lassen.</translation>
    </message>
    <message>
        <source>Checking the code with the OS keychain…</source>
        <translation>Code wird mit dem System-Schlüsselbund geprüft…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language of the interface</source>
        <translation>&amp;Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>A new language takes effect when Keyrack starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Keyrack.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
</context>
<context>
    <name>SwitchDelegate</name>
    <message>
        <source>ON</source>
        <translation>AN</translation>
    </message>
    <message>
        <source>OFF</source>
        <translation>AUS</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>The secret key is longer than %1 characters: check that you pasted only the secret.</source>
        <translation>Der geheime Schlüssel ist länger als %1 Zeichen: Prüfen Sie, ob Sie nur den geheimen Schlüssel eingefügt haben.</translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation> [y/N] </translation>
    </message>
</context>
<context>
    <name>TestCallPanel</name>
    <message>
        <source>Test call</source>
        <translation>Testaufruf</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>Sch&amp;lüssel</translation>
    </message>
    <message>
        <source>Key to sign with</source>
        <translation>Schlüssel zum Signieren</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>&amp;Endpunkt</translation>
    </message>
    <message>
        <source>Endpoint from the catalogue</source>
        <translation>Endpunkt aus dem Katalog</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>/spot/balance</source>
        <translation>/spot/balance</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>&amp;Query</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Query-Parameter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Add parameter</source>
        <translation>Parameter &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add query parameter</source>
        <translation>Query-Parameter hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move parameter</source>
        <translation>Parameter entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Remove query parameter</source>
        <translation>Query-Parameter entfernen</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <source>Request body (JSON or form-encoded)</source>
        <translation>Anfrage-Body (JSON oder formularkodiert)</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Zeitfenster</translation>
    </message>
    <message>
        <source>Signature window in milliseconds, 0 for none</source>
        <translation>Signatur-Zeitfenster in Millisekunden, 0 für keines</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Timeout</source>
        <translation>&amp;Timeout</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Timeout in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A&amp;uth</source>
        <translation>A&amp;uth</translation>
    </message>
    <message>
        <source>Authentication scheme</source>
        <translation>Authentifizierungsschema</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Sen&amp;den</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Anfrage abbrechen</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Als curl k&amp;opieren</translation>
    </message>
    <message>
        <source>Copy as a curl command with a fresh HS256 signature</source>
        <translation>Als curl-Befehl mit frischer HS256-Signatur kopieren</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>No request sent yet.</source>
        <translation>Noch keine Anfrage gesendet.</translation>
    </message>
    <message>
        <source>What the response means</source>
        <translation>Bedeutung der Antwort</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>String that was signed (invisible characters shown as \n, \t, \xNN):</source>
        <translation>Signierter String (unsichtbare Zeichen als \n, \t, \xNN dargestellt):</translation>
    </message>
    <message>
        <source>String that was signed</source>
        <translation>Signierter String</translation>
    </message>
    <message>
        <source>Signature details</source>
        <translation>Signaturdetails</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Aufrufverlauf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Re-run</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Re-run the selected call</source>
        <translation>Ausgewählten Aufruf wiederholen</translation>
    </message>
    <message>
        <source>C&amp;lear history</source>
        <translation>&amp;Verlauf leeren</translation>
    </message>
    <message>
        <source>Clear the call history</source>
        <translation>Aufrufverlauf leeren</translation>
    </message>
    <message>
        <source>&amp;Keep a history</source>
        <translation>Verlauf &amp;führen</translation>
    </message>
    <message>
        <source>Keep a history of test calls</source>
        <translation>Verlauf der Testaufrufe führen</translation>
    </message>
    <message>
        <source>HS256 (signed)</source>
        <translation>HS256 (signiert)</translation>
    </message>
    <message>
        <source>Basic (sends the secret)</source>
        <translation>Basic (sendet den geheimen Schlüssel)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, OFF)</source>
        <translation>%1 (%2, AUS)</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source> (changes state)</source>
        <translation> (ändert Zustand)</translation>
    </message>
    <message>
        <source>Free path…</source>
        <translation>Freier Pfad…</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>Gültiges JSON.</translation>
    </message>
    <message>
        <source>Invalid JSON at character %1: %2</source>
        <translation>Ungültiges JSON bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>Sent as a form-encoded body.</source>
        <translation>Wird als formularkodierter Body gesendet.</translation>
    </message>
    <message>
        <source>Choose a key.</source>
        <translation>Wählen Sie einen Schlüssel.</translation>
    </message>
    <message>
        <source>“%1” is switched OFF: Keyrack does not sign with it. Switch it ON in the table first.</source>
        <translation>„%1“ ist auf AUS geschaltet: Keyrack signiert nicht damit. Schalten Sie ihn zuerst in der Tabelle auf AN.</translation>
    </message>
    <message>
        <source>The sandbox is not running, so sandbox keys cannot be used.</source>
        <translation>Die Sandbox läuft nicht, daher können Sandbox-Schlüssel nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Enter a path such as /spot/balance: no spaces, no “?” (use the query table) and no {placeholders}.</source>
        <translation>Geben Sie einen Pfad wie /spot/balance ein: ohne Leerzeichen, ohne „?“ (nutzen Sie die Query-Tabelle) und ohne {Platzhalter}.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1.</source>
        <translation>Der Body ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>This key is not declared to have “%1”: expect 403.</source>
        <translation>Für diesen Schlüssel ist „%1“ nicht deklariert: Rechnen Sie mit 403.</translation>
    </message>
    <message>
        <source>This call changes state on the account.</source>
        <translation>Dieser Aufruf ändert den Zustand des Kontos.</translation>
    </message>
    <message>
        <source>Basic sends the secret itself with the request; HS256 sends only a signature.</source>
        <translation>Basic sendet den geheimen Schlüssel selbst mit der Anfrage; HS256 sendet nur eine Signatur.</translation>
    </message>
    <message>
        <source>Right not declared</source>
        <translation>Recht nicht deklariert</translation>
    </message>
    <message>
        <source>“%1” is not declared to have “%2”. Send the request anyway?</source>
        <translation>Für „%1“ ist „%2“ nicht deklariert. Anfrage trotzdem senden?</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <source>Confirm a state-changing call</source>
        <translation>Zustandsändernden Aufruf bestätigen</translation>
    </message>
    <message>
        <source>This request changes state on %1 with “%2”:</source>
        <translation>Diese Anfrage ändert den Zustand auf %1 mit „%2“:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
    <message>
        <source>Waiting for the OS keychain…</source>
        <translation>Warten auf den System-Schlüsselbund…</translation>
    </message>
    <message>
        <source>Cancelled before sending.</source>
        <translation>Vor dem Senden abgebrochen.</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>&lt;b&gt;HTTP %1 %2&lt;/b&gt; &amp;nbsp; %3 ms, %4</source>
        <translation>&lt;b&gt;HTTP %1 %2&lt;/b&gt; &amp;nbsp; %3 ms, %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;No answer&lt;/b&gt; after %1 ms</source>
        <translation>&lt;b&gt;Keine Antwort&lt;/b&gt; nach %1 ms</translation>
    </message>
    <message>
        <source>HitBTC error %1: %2</source>
        <translation>HitBTC-Fehler %1: %2</translation>
    </message>
    <message>
        <source>(showing the first %1 of %2)
</source>
        <translation>(die ersten %1 von %2 werden angezeigt)
</translation>
    </message>
    <message>
        <source>Timestamp: %1 (%2)&lt;br&gt;Window: %3&lt;br&gt;Signature: &lt;code&gt;%4&lt;/code&gt;&lt;br&gt;Authorization: &lt;code&gt;%5&lt;/code&gt;</source>
        <translation>Zeitstempel: %1 (%2)&lt;br&gt;Zeitfenster: %3&lt;br&gt;Signatur: &lt;code&gt;%4&lt;/code&gt;&lt;br&gt;Authorization: &lt;code&gt;%5&lt;/code&gt;</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>none (10000 ms on the exchange)</source>
        <translation>keines (10000 ms auf der Börse)</translation>
    </message>
    <message>
        <source>Nothing was signed: Basic authentication sends the key and the secret themselves (not shown here).</source>
        <translation>Es wurde nichts signiert: Die Basic-Authentifizierung sendet den Schlüssel und den geheimen Schlüssel selbst (hier nicht angezeigt).</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Copy as curl uses HS256 only: it never puts a secret in a command line.</source>
        <translation>„Als curl kopieren“ verwendet nur HS256: Es schreibt nie einen geheimen Schlüssel in eine Befehlszeile.</translation>
    </message>
    <message>
        <source>Copied a curl command. Its signature expires at %1 (window %2 s); copy again for a fresh one.</source>
        <translation>curl-Befehl kopiert. Seine Signatur läuft um %1 ab (Zeitfenster %2 s); kopieren Sie erneut, um eine frische zu erhalten.</translation>
    </message>
</context>
<context>
    <name>TotpEnrolmentDialog</name>
    <message>
        <source>Set up two-factor codes</source>
        <translation>Zwei-Faktor-Codes einrichten</translation>
    </message>
    <message>
        <source>Scan this QR code with an authenticator app (for example Aegis, FreeOTP or Google Authenticator), or type the secret into it. Then enter the 6-digit code that it shows. Keyrack will ask for a code before it grants trading or withdrawal rights.</source>
        <translation>Scannen Sie diesen QR-Code mit einer Authenticator-App (zum Beispiel Aegis, FreeOTP oder Google Authenticator) oder geben Sie das Geheimnis dort ein. Geben Sie dann den 6-stelligen Code ein, den sie anzeigt. Keyrack fragt nach einem Code, bevor es Handels- oder Abhebungsrechte gewährt.</translation>
    </message>
    <message>
        <source>otpauth &amp;URI</source>
        <translation>otpauth-&amp;URI</translation>
    </message>
    <message>
        <source>otpauth URI</source>
        <translation>otpauth-URI</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the otpauth URI</source>
        <translation>otpauth-URI kopieren</translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation>&amp;Geheimnis</translation>
    </message>
    <message>
        <source>Secret for manual entry (base32)</source>
        <translation>Geheimnis zur manuellen Eingabe (base32)</translation>
    </message>
    <message>
        <source>Copy the secret</source>
        <translation>Geheimnis kopieren</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 Ziffern</translation>
    </message>
    <message>
        <source>Code from the authenticator app</source>
        <translation>Code aus der Authenticator-App</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message numerus="yes">
        <source>A copied URI or secret is cleared from the clipboard after %n second(s).</source>
        <translation>
            <numerusform>Eine kopierte URI oder ein kopiertes Geheimnis wird nach %n Sekunde aus der Zwischenablage gelöscht.</numerusform>
            <numerusform>Eine kopierte URI oder ein kopiertes Geheimnis wird nach %n Sekunden aus der Zwischenablage gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Turn on</source>
        <translation>&amp;Einschalten</translation>
    </message>
    <message>
        <source>Enter the 6-digit code that your authenticator app shows for Keyrack.</source>
        <translation>Geben Sie den 6-stelligen Code ein, den Ihre Authenticator-App für Keyrack anzeigt.</translation>
    </message>
    <message>
        <source>Checking the code and storing the secret in the OS keychain…</source>
        <translation>Code wird geprüft und Geheimnis im System-Schlüsselbund gespeichert…</translation>
    </message>
</context>
<context>
    <name>TwoFactor</name>
    <message>
        <source>API keys on %1</source>
        <translation>API-Schlüssel auf %1</translation>
    </message>
    <message>
        <source>Two-factor codes are already on. Turn them off first (that needs a current code), then set them up again.</source>
        <translation>Zwei-Faktor-Codes sind bereits eingeschaltet. Schalten Sie sie zuerst aus (dazu ist ein aktueller Code nötig) und richten Sie sie dann neu ein.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code that your authenticator app shows for Keyrack.</source>
        <translation>Geben Sie den 6-stelligen Code ein, den Ihre Authenticator-App für Keyrack anzeigt.</translation>
    </message>
    <message>
        <source>That code does not match. Scan the QR code again (or type the secret) in your authenticator app, check that this computer&apos;s clock is right, and enter the current code. Two-factor codes are still off.</source>
        <translation>Dieser Code stimmt nicht. Scannen Sie den QR-Code in Ihrer Authenticator-App erneut (oder geben Sie das Geheimnis ein), prüfen Sie, ob die Uhr dieses Computers richtig geht, und geben Sie den aktuellen Code ein. Zwei-Faktor-Codes sind weiterhin ausgeschaltet.</translation>
    </message>
    <message>
        <source>Keyrack two-factor (TOTP) secret</source>
        <translation>Keyrack-Zwei-Faktor-Geheimnis (TOTP)</translation>
    </message>
    <message>
        <source>Two-factor set-up was cancelled.</source>
        <translation>Die Zwei-Faktor-Einrichtung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not store the two-factor secret in %1: %2 Two-factor codes are still off.</source>
        <translation>Das Zwei-Faktor-Geheimnis konnte nicht im %1 gespeichert werden: %2 Zwei-Faktor-Codes sind weiterhin ausgeschaltet.</translation>
    </message>
    <message>
        <source>Could not remove the two-factor secret from %1: %2 Two-factor codes are still on.</source>
        <translation>Das Zwei-Faktor-Geheimnis konnte nicht aus dem %1 entfernt werden: %2 Zwei-Faktor-Codes sind weiterhin eingeschaltet.</translation>
    </message>
    <message>
        <source>Turning two-factor codes off was cancelled.</source>
        <translation>Das Ausschalten der Zwei-Faktor-Codes wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Two-factor codes are off: turn them on in Settings first.</source>
        <translation>Zwei-Faktor-Codes sind ausgeschaltet: Schalten Sie sie zuerst in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>The code check was cancelled.</source>
        <translation>Die Code-Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not read the two-factor secret from %1, so the code could not be checked: %2 Nothing was changed.</source>
        <translation>Das Zwei-Faktor-Geheimnis konnte nicht aus dem %1 gelesen werden, daher wurde der Code nicht geprüft: %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This code has already been used. Wait for the next code in your authenticator app (a new one comes every 30 seconds) and enter it.</source>
        <translation>Dieser Code wurde bereits verwendet. Warten Sie auf den nächsten Code in Ihrer Authenticator-App (alle 30 Sekunden kommt ein neuer) und geben Sie ihn ein.</translation>
    </message>
    <message>
        <source>The code is not right. Enter the current code that your authenticator app shows for Keyrack, and check that this computer&apos;s clock is right.</source>
        <translation>Der Code ist nicht richtig. Geben Sie den aktuellen Code ein, den Ihre Authenticator-App für Keyrack anzeigt, und prüfen Sie, ob die Uhr dieses Computers richtig geht.</translation>
    </message>
    <message>
        <source>Two-factor codes are on, but their secret is not in %1 (it may have been deleted), so no code can be checked. Nothing was changed. To turn two-factor codes off, set “enabled=false” in the [twoFactor] section of %2 and restart Keyrack.</source>
        <translation>Zwei-Faktor-Codes sind eingeschaltet, aber ihr Geheimnis ist nicht im %1 (es wurde vielleicht gelöscht), daher kann kein Code geprüft werden. Es wurde nichts geändert. Um Zwei-Faktor-Codes auszuschalten, setzen Sie „enabled=false“ im Abschnitt [twoFactor] von %2 und starten Sie Keyrack neu.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop manager for HitBTC API keys.</source>
        <translation>Desktop-Verwaltung für HitBTC-API-Schlüssel.</translation>
    </message>
    <message>
        <source>Use DIR as the data directory.</source>
        <translation>DIR als Datenverzeichnis verwenden.</translation>
    </message>
    <message>
        <source>Keyrack is already running on %1: its window was brought to the front.</source>
        <translation>Keyrack läuft bereits auf %1: Sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>Sandbox not started</source>
        <translation>Sandbox nicht gestartet</translation>
    </message>
</context>
</TS>
