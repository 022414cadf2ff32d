<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CliApp</name>
    <message numerus="yes">
        <source>keyrack-cli: tidied up %n unfinished change(s) left by a Keyrack process that stopped.
</source>
        <translation>
            <numerusform>keyrack-cli: tidied up %n unfinished change left by a Keyrack process that stopped.
</numerusform>
            <numerusform>keyrack-cli: tidied up %n unfinished changes left by a Keyrack process that stopped.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n keychain entry(s) that belong to no key (%1)? Their secrets can not be retrieved.</source>
        <translation>
            <numerusform>Delete %n keychain entry that belongs to no key (%1)? Its secret can not be retrieved.</numerusform>
            <numerusform>Delete %n keychain entries that belong to no key (%1)? Their secrets can not be retrieved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyRisks</name>
    <message numerus="yes">
        <source>Not used for %n day(s): revoke it if nothing needs it.</source>
        <translation>
            <numerusform>Not used for %n day: revoke it if nothing needs it.</numerusform>
            <numerusform>Not used for %n days: revoke it if nothing needs it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Never used in %n day(s): revoke it if nothing needs it.</source>
        <translation>
            <numerusform>Never used in %n day: revoke it if nothing needs it.</numerusform>
            <numerusform>Never used in %n days: revoke it if nothing needs it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No audit for %n day(s).</source>
        <translation>
            <numerusform>No audit for %n day.</numerusform>
            <numerusform>No audit for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The same public key is imported %n more time(s).</source>
        <translation>
            <numerusform>The same public key is imported %n more time.</numerusform>
            <numerusform>The same public key is imported %n more times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Audited %n key(s); %1 differ from what is declared.</source>
        <translation>
            <numerusform>Audited %n key; %1 differ from what is declared.</numerusform>
            <numerusform>Audited %n keys; %1 differ from what is declared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretRevealDialog</name>
    <message numerus="yes">
        <source>A copied secret is cleared from the clipboard after %n second(s).</source>
        <translation>
            <numerusform>A copied secret is cleared from the clipboard after %n second.</numerusform>
            <numerusform>A copied secret is cleared from the clipboard after %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TotpEnrolmentDialog</name>
    <message numerus="yes">
        <source>A copied URI or secret is cleared from the clipboard after %n second(s).</source>
        <translation>
            <numerusform>A copied URI or secret is cleared from the clipboard after %n second.</numerusform>
            <numerusform>A copied URI or secret is cleared from the clipboard after %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
