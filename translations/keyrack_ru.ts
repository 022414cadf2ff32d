<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AccessRights</name>
    <message>
        <source>No right named; use read, trade, payment, withdraw or all.</source>
        <translation>Право не указано; используйте read, trade, payment, withdraw или all.</translation>
    </message>
    <message>
        <source>Unknown right &quot;%1&quot;; use read, trade, payment, withdraw or all.</source>
        <translation>Неизвестное право «%1»; используйте read, trade, payment, withdraw или all.</translation>
    </message>
    <message>
        <source>Order book, History, Trading balance</source>
        <translation>Книга ордеров, история, торговый баланс</translation>
    </message>
    <message>
        <source>Place/cancel orders</source>
        <translation>Размещение/отмена ордеров</translation>
    </message>
    <message>
        <source>Payment information</source>
        <translation>Платёжная информация</translation>
    </message>
    <message>
        <source>Withdraw cryptocurrencies</source>
        <translation>Вывод криптовалют</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>The call was cancelled.</source>
        <translation>Вызов отменён.</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The address &quot;%1&quot; is not a valid URL.</source>
        <translation>Адрес «%1» не является допустимым URL.</translation>
    </message>
    <message>
        <source>Signed requests are sent over plain http:// only to this computer (loopback); use https:// for %1.</source>
        <translation>Подписанные запросы отправляются по незащищённому http:// только на этот компьютер (loopback); для %1 используйте https://.</translation>
    </message>
    <message>
        <source>Unsupported URL scheme &quot;%1&quot;: use https://.</source>
        <translation>Неподдерживаемая схема URL «%1»: используйте https://.</translation>
    </message>
    <message>
        <source>A signed request needs a key and its secret.</source>
        <translation>Для подписанного запроса нужны ключ и его секрет.</translation>
    </message>
    <message>
        <source>The address is not a valid URL.</source>
        <translation>Адрес не является допустимым URL.</translation>
    </message>
    <message>
        <source>The TLS certificate of the server was refused: %1</source>
        <translation>TLS-сертификат сервера отклонён: %1</translation>
    </message>
    <message>
        <source>The response is larger than %1 MiB; it was cut off and the connection closed.</source>
        <translation>Ответ больше %1 МиБ: он обрезан, а соединение закрыто.</translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation>Вызов отменён.</translation>
    </message>
    <message>
        <source>No complete answer from %1 in time: the server is down, slow or unreachable.</source>
        <translation>Полный ответ от %1 не получен вовремя: сервер не работает, работает медленно или недоступен.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Ошибка сети: %1</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The request carried no credentials.</source>
        <translation>Запрос не содержал учётных данных.</translation>
    </message>
    <message>
        <source>Authorisation failed: the key is switched OFF or deleted on the exchange, the secret is wrong, or the clock is off by more than the window.</source>
        <translation>Ошибка авторизации: ключ выключен или удалён на бирже, секрет неверен или часы расходятся больше, чем допускает окно.</translation>
    </message>
    <message>
        <source>Right missing: this key is not allowed to make this request.</source>
        <translation>Нет права: этому ключу не разрешён этот запрос.</translation>
    </message>
    <message>
        <source>The exchange does not accept this authorisation scheme.</source>
        <translation>Биржа не принимает эту схему авторизации.</translation>
    </message>
    <message>
        <source>Too many requests: wait a moment before trying again.</source>
        <translation>Слишком много запросов: подождите немного и повторите попытку.</translation>
    </message>
    <message>
        <source>The exchange refused the parameters: check the query and the body.</source>
        <translation>Биржа отклонила параметры: проверьте строку запроса и тело.</translation>
    </message>
    <message>
        <source>Insufficient funds on the account for this request.</source>
        <translation>Недостаточно средств на счёте для этого запроса.</translation>
    </message>
    <message>
        <source>No such order.</source>
        <translation>Такого ордера нет.</translation>
    </message>
    <message>
        <source>No such withdrawal.</source>
        <translation>Такого вывода нет.</translation>
    </message>
</context>
<context>
    <name>AuditReportWriter</name>
    <message>
        <source>Keyrack rights audit</source>
        <translation>Keyrack: проверка прав</translation>
    </message>
    <message>
        <source>Generated %1. Observed rights come from the last audit of each key; red: observed but not declared, amber: declared but refused.</source>
        <translation>Сформирован %1. Фактические права взяты из последней проверки каждого ключа; красный: есть, но не заявлено, жёлтый: заявлено, но отклонено.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Risk notes</source>
        <translation>Риски</translation>
    </message>
    <message>
        <source>ON</source>
        <translation>ВКЛ</translation>
    </message>
    <message>
        <source>OFF</source>
        <translation>ВЫКЛ</translation>
    </message>
    <message>
        <source>declared: %1</source>
        <translation>заявлено: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>observed: %1</source>
        <translation>фактически: %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>создан %1</translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation>использован %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>last audit %1</source>
        <translation>последняя проверка %1</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>unknown method &quot;%1&quot;: use GET, POST, PUT, PATCH or DELETE</source>
        <translation>неизвестный метод «%1»: используйте GET, POST, PUT, PATCH или DELETE</translation>
    </message>
    <message>
        <source>put the query in --query, not in PATH</source>
        <translation>укажите строку запроса в --query, а не в PATH</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is switched OFF: Keyrack does not sign with it. Run keyrack-cli enable first.</source>
        <translation>«%1» выключен: Keyrack не подписывает им запросы. Сначала выполните keyrack-cli enable.</translation>
    </message>
    <message>
        <source>String to sign: %1
Signature:      %2
Authorization:  %3
URL:            %4
</source>
        <translation>Строка для подписи: %1
Подпись:            %2
Authorization:      %3
URL:                %4
</translation>
    </message>
    <message>
        <source>(no sandbox running; path %1)</source>
        <translation>(песочница не запущена; путь %1)</translation>
    </message>
    <message>
        <source>No sandbox is running for this data directory: start keyrack or keyrack-cli sandbox first.</source>
        <translation>Для этого каталога данных песочница не запущена: сначала запустите keyrack или keyrack-cli sandbox.</translation>
    </message>
    <message>
        <source>keyrack-cli: warning: Basic authentication sends the secret itself with the request.
</source>
        <translation>keyrack-cli: предупреждение: при Basic-аутентификации вместе с запросом отправляется сам секрет.
</translation>
    </message>
    <message>
        <source>keyrack-cli: warning: %1
</source>
        <translation>keyrack-cli: предупреждение: %1
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
        <translation>HTTP %1 за %2 мс
</translation>
    </message>
    <message>
        <source>sandbox takes no arguments</source>
        <translation>sandbox не принимает аргументов</translation>
    </message>
    <message>
        <source>--host must be an IP address, such as 127.0.0.1</source>
        <translation>--host должен быть IP-адресом, например 127.0.0.1</translation>
    </message>
    <message>
        <source>keyrack-cli: warning: %1 is not a loopback address; Keyrack signs requests over plain HTTP only to loopback.
</source>
        <translation>keyrack-cli: предупреждение: %1 не является loopback-адресом; по незащищённому HTTP Keyrack подписывает запросы только для loopback.
</translation>
    </message>
    <message>
        <source>cannot set up signal handling</source>
        <translation>не удаётся настроить обработку сигналов</translation>
    </message>
    <message>
        <source>keyrack-cli: sandbox stopped.
</source>
        <translation>keyrack-cli: песочница остановлена.
</translation>
    </message>
    <message>
        <source>name one key, or give --all</source>
        <translation>укажите один ключ или задайте --all</translation>
    </message>
    <message>
        <source>--report FILE must end in .html, .json or .csv</source>
        <translation>--report FILE должен оканчиваться на .html, .json или .csv</translation>
    </message>
    <message>
        <source>switched OFF</source>
        <translation>выключен</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: switched OFF, not audited
</source>
        <translation>«%1»: выключен, не проверен
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>List the keys (never a secret).</source>
        <translation>Показать список ключей (секреты не выводятся никогда).</translation>
    </message>
    <message>
        <source>Import a key created on an exchange. The secret is read from standard input, or from a prompt that does not echo on a terminal; never from an argument.</source>
        <translation>Импортировать ключ, созданный на бирже. Секрет читается из стандартного ввода или запрашивается в терминале без отображения ввода; из аргумента — никогда.</translation>
    </message>
    <message>
        <source>Create a sandbox key with no rights and print its secret, this once.</source>
        <translation>Создать ключ песочницы без прав и вывести его секрет — только в этот раз.</translation>
    </message>
    <message>
        <source>Switch a key ON (it may sign requests).</source>
        <translation>Включить ключ (ВКЛ: им можно подписывать запросы).</translation>
    </message>
    <message>
        <source>Switch a key OFF (revoked: Keyrack never signs with it; the sandbox refuses it).</source>
        <translation>Выключить ключ (отозван: Keyrack никогда не подписывает им запросы; песочница его отклоняет).</translation>
    </message>
    <message>
        <source>Show or change a key&apos;s rights (R: read, trade, payment, withdraw, all). Granting trade or withdraw asks for confirmation.</source>
        <translation>Показать или изменить права ключа (R: read, trade, payment, withdraw, all). Предоставление trade или withdraw требует подтверждения.</translation>
    </message>
    <message>
        <source>Print the HS256 string to sign, signature and Authorization header for a request, for debugging your own signing code. PATH may start with /api/3 or not; Q is the exact encoded query.</source>
        <translation>Вывести строку для подписи HS256, подпись и заголовок Authorization для запроса — для отладки вашего собственного кода подписи. PATH может начинаться с /api/3, а может и нет; Q — точная закодированная строка запроса.</translation>
    </message>
    <message>
        <source>Send one signed request and print the status and the body. Exit 0 on 2xx, 5 on an HTTP error status, 6 on a network error.</source>
        <translation>Отправить один подписанный запрос и вывести статус и тело ответа. Код выхода 0 при 2xx, 5 при HTTP-статусе ошибки, 6 при ошибке сети.</translation>
    </message>
    <message>
        <source>Probe the exchange to compare the rights each key really has with those it is declared to have, and store the result. Exit 0 when they match, 7 when they differ, 3 or 6 on keychain or network errors. The withdraw probe goes to a real exchange only with --include-withdraw. --report writes .html, .json or .csv.</source>
        <translation>Опросить биржу, чтобы сравнить права, которые действительно есть у каждого ключа, с заявленными, и сохранить результат. Код выхода 0, если они совпадают, 7, если различаются, 3 или 6 при ошибках связки ключей или сети. Проверка права на вывод обращается к настоящей бирже только с --include-withdraw. --report записывает .html, .json или .csv.</translation>
    </message>
    <message>
        <source>Run the sandbox exchange over this data directory&apos;s sandbox keys until SIGINT or SIGTERM. The first line printed is &quot;listening on http://HOST:PORT&quot;; then one line per request.</source>
        <translation>Запускать биржу-песочницу для ключей песочницы этого каталога данных до получения SIGINT или SIGTERM. Первая выводимая строка — «listening on http://HOST:PORT», затем по одной строке на каждый запрос.</translation>
    </message>
    <message>
        <source>Delete a key and its secret for good (asks for confirmation).</source>
        <translation>Удалить ключ и его секрет безвозвратно (с запросом подтверждения).</translation>
    </message>
    <message>
        <source>Usage: keyrack-cli [--data-dir DIR] COMMAND [OPTIONS]

Manage HitBTC API keys: metadata in the data directory, secrets in the OS keychain.

Commands:
</source>
        <translation>Использование: keyrack-cli [--data-dir DIR] COMMAND [OPTIONS]

Управление API-ключами HitBTC: метаданные — в каталоге данных, секреты — в связке ключей ОС.

Команды:
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
KEY — метка, id или публичный ключ.
Каталог данных: --data-dir, иначе $KEYRACK_DATA_DIR, иначе ~/.local/share/keyrack.

Коды выхода: 0 — успех; 1 — ошибка использования, неверные входные данные или отказ от подтверждения; 2 — ключ не найден или указан неоднозначно; 3 — ошибка связки ключей; 4 — ошибка файла данных; 5 — HTTP-статус ошибки; 6 — ошибка сети; 7 — права по результатам проверки отличаются от заявленных.
Параметры команды: keyrack-cli COMMAND --help.
</translation>
    </message>
    <message>
        <source>keyrack-cli: %1
Run keyrack-cli --help for usage.
</source>
        <translation>keyrack-cli: %1
Справка по использованию: keyrack-cli --help.
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>команда не указана</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>неизвестная команда «%1»</translation>
    </message>
    <message>
        <source>Usage: keyrack-cli [--data-dir DIR] %1

%2

Options:
</source>
        <translation>Использование: keyrack-cli [--data-dir DIR] %1

%2

Параметры:
</translation>
    </message>
    <message>
        <source>No data directory: set HOME, KEYRACK_DATA_DIR or --data-dir.</source>
        <translation>Нет каталога данных: задайте HOME, KEYRACK_DATA_DIR или --data-dir.</translation>
    </message>
    <message numerus="yes">
        <source>keyrack-cli: tidied up %n unfinished change(s) left by a Keyrack process that stopped.
</source>
        <translation>
            <numerusform>keyrack-cli: убрано %n незавершённое изменение, оставшееся от остановившегося процесса Keyrack.
</numerusform>
            <numerusform>keyrack-cli: убрано %n незавершённых изменения, оставшихся от остановившегося процесса Keyrack.
</numerusform>
            <numerusform>keyrack-cli: убрано %n незавершённых изменений, оставшихся от остановившегося процесса Keyrack.
</numerusform>
        </translation>
    </message>
    <message>
        <source>name a key: a label, an id or a public key</source>
        <translation>укажите ключ: метку, id или публичный ключ</translation>
    </message>
    <message>
        <source>too many arguments: name one key</source>
        <translation>слишком много аргументов: укажите один ключ</translation>
    </message>
    <message>
        <source>expected %1 arguments, got %2</source>
        <translation>ожидалось аргументов: %1, получено: %2</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list не принимает аргументов</translation>
    </message>
    <message>
        <source>No keys yet. Create a sandbox key with
  keyrack-cli generate --label NAME
or import an exchange key with
  keyrack-cli import --label NAME --env hitbtc --public-key KEY
</source>
        <translation>Ключей пока нет. Создайте ключ песочницы командой
  keyrack-cli generate --label NAME
или импортируйте ключ биржи командой
  keyrack-cli import --label NAME --env hitbtc --public-key KEY
</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>МЕТКА</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>СРЕДА</translation>
    </message>
    <message>
        <source>PUBLIC KEY</source>
        <translation>ПУБЛИЧНЫЙ КЛЮЧ</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <source>RIGHTS</source>
        <translation>ПРАВА</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>СОЗДАН</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ИСПОЛЬЗОВАН</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ON</source>
        <translation>ВКЛ</translation>
    </message>
    <message>
        <source>OFF</source>
        <translation>ВЫКЛ</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>import takes no arguments; the secret is read from standard input</source>
        <translation>import не принимает аргументов; секрет читается из стандартного ввода</translation>
    </message>
    <message>
        <source>import needs --%1</source>
        <translation>для import нужен --%1</translation>
    </message>
    <message>
        <source>Secret key for %1 (input hidden): </source>
        <translation>Секретный ключ для %1 (ввод скрыт): </translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; (%2, %3), id %4. Its secret is in the OS keychain.
Set its rights as they are on the exchange with: keyrack-cli rights %4 --grant ...
</source>
        <translation>Импортирован «%1» (%2, %3), id %4. Его секрет — в связке ключей ОС.
Задайте ему права такие же, как на бирже: keyrack-cli rights %4 --grant ...
</translation>
    </message>
    <message>
        <source>generate takes no arguments</source>
        <translation>generate не принимает аргументов</translation>
    </message>
    <message>
        <source>generate needs --label</source>
        <translation>для generate нужен --label</translation>
    </message>
    <message>
        <source>Generated sandbox key &quot;%1&quot; with no rights.
  id:          %2
  public key:  %3
  secret key:  %4
Save the secret key now: it will not be shown again.
</source>
        <translation>Создан ключ песочницы «%1» без прав.
  id:              %2
  публичный ключ:  %3
  секретный ключ:  %4
Сохраните секретный ключ сейчас: он больше не будет показан.
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ON.
</source>
        <translation>«%1» включён.
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is OFF (revoked): Keyrack will not sign with it.
</source>
        <translation>«%1» выключен (отозван): Keyrack не будет подписывать им запросы.
</translation>
    </message>
    <message>
        <source>a right cannot be granted and revoked at once</source>
        <translation>право нельзя одновременно предоставить и отозвать</translation>
    </message>
    <message>
        <source>Grant &quot;%1&quot; to &quot;%2&quot; (%3, %4)? Anyone holding this key will be able to do this without any further confirmation.</source>
        <translation>Предоставить право «%1» ключу «%2» (%3, %4)? Любой, у кого есть этот ключ, сможет делать это без какого-либо дополнительного подтверждения.</translation>
    </message>
    <message>
        <source>Granting trading or withdrawal rights needs confirmation: run this on a terminal, or add --yes. Nothing was changed.</source>
        <translation>Предоставление прав на торговлю или вывод требует подтверждения: выполните команду в терминале или добавьте --yes. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Not confirmed. Nothing was changed.</source>
        <translation>Не подтверждено. Ничего не изменено.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2
</source>
        <translation>«%1»: %2
</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; (%2, %3)? A deleted API key can not be retrieved.</source>
        <translation>Удалить «%1» (%2, %3)? Удалённый API-ключ невозможно восстановить.</translation>
    </message>
    <message>
        <source>Deleting a key needs confirmation: run this on a terminal, or add --yes. Nothing was changed.</source>
        <translation>Удаление ключа требует подтверждения: выполните команду в терминале или добавьте --yes. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; and its secret.
</source>
        <translation>Ключ «%1» и его секрет удалены.
</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3</source>
        <translation>--%1 должно быть целым числом от %2 до %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>List the secrets Keyrack has in the OS keychain that belong to no key in the data file (left by a crash, or by restoring an old keys.json), by id; never a secret. --remove deletes such entries from the keychain for good (asks for confirmation); an id that has a key is refused: use delete for it.</source>
        <translation>Показать секреты Keyrack в связке ключей ОС, не принадлежащие ни одному ключу в файле данных (остались после сбоя или восстановления старого keys.json), по id; никогда не сами секреты. --remove окончательно удаляет такие записи из связки ключей (с подтверждением); id, у которого есть ключ, отклоняется: для него используйте delete.</translation>
    </message>
    <message>
        <source>orphans takes no arguments; name the entries to remove with --remove ID</source>
        <translation>orphans не принимает аргументов; укажите удаляемые записи через --remove ID</translation>
    </message>
    <message>
        <source>use either --remove ID or --remove-all, not both</source>
        <translation>используйте либо --remove ID, либо --remove-all, но не оба</translation>
    </message>
    <message>
        <source>No orphaned entries: every Keyrack secret in the OS keychain belongs to a key.
</source>
        <translation>Осиротевших записей нет: каждый секрет Keyrack в связке ключей ОС принадлежит ключу.
</translation>
    </message>
    <message>
        <source>Keychain entries of Keyrack that belong to no key (by id):
</source>
        <translation>Записи Keyrack в связке ключей, не принадлежащие ни одному ключу (по id):
</translation>
    </message>
    <message>
        <source>  %1  (in a locked keyring)
</source>
        <translation>  %1  (в заблокированной связке ключей)
</translation>
    </message>
    <message>
        <source>Remove one with: keyrack-cli orphans --remove ID (or all with --remove-all). Their secrets can not be retrieved afterwards.
</source>
        <translation>Удалить запись: keyrack-cli orphans --remove ID (или все: --remove-all). Их секреты после этого не восстановить.
</translation>
    </message>
    <message>
        <source>%1 is an entry Keyrack keeps for itself (such as the two-factor secret), not an orphan. Nothing was changed.</source>
        <translation>%1 — служебная запись Keyrack (например, секрет двухфакторных кодов), а не осиротевшая. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 is the secret of the key &quot;%2&quot; (%3, %4), not an orphan: to delete the key, run keyrack-cli delete %1. Nothing was changed.</source>
        <translation>%1 — секрет ключа «%2» (%3, %4), а не осиротевшая запись: чтобы удалить ключ, выполните keyrack-cli delete %1. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The OS keychain has no Keyrack entry %1 (keyrack-cli orphans lists them). Nothing was changed.</source>
        <translation>В связке ключей ОС нет записи Keyrack %1 (список показывает keyrack-cli orphans). Ничего не изменено.</translation>
    </message>
    <message>
        <source>No orphaned entries: nothing to remove.
</source>
        <translation>Осиротевших записей нет: удалять нечего.
</translation>
    </message>
    <message>
        <source>The entry %1 is in a locked keyring: unlock it and try again. Nothing was changed.</source>
        <translation>Запись %1 находится в заблокированной связке ключей: разблокируйте её и повторите попытку. Ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n keychain entry(s) that belong to no key (%1)? Their secrets can not be retrieved.</source>
        <translation>
            <numerusform>Удалить %n запись связки ключей, не принадлежащую ни одному ключу (%1)? Секреты не восстановить.</numerusform>
            <numerusform>Удалить %n записи связки ключей, не принадлежащие ни одному ключу (%1)? Секреты не восстановить.</numerusform>
            <numerusform>Удалить %n записей связки ключей, не принадлежащих ни одному ключу (%1)? Секреты не восстановить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing keychain entries needs confirmation: run this on a terminal, or add --yes. Nothing was changed.</source>
        <translation>Удаление записей из связки ключей требует подтверждения: выполните команду в терминале или добавьте --yes. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 now belongs to the key &quot;%2&quot;, added meanwhile. Nothing was changed.</source>
        <translation>%1 теперь принадлежит ключу «%2», добавленному тем временем. Ничего не изменено.</translation>
    </message>
    <message>
        <source>keyrack-cli: removed before the error: %1
</source>
        <translation>keyrack-cli: удалено до ошибки: %1
</translation>
    </message>
    <message>
        <source>Removed the orphaned keychain entry %1.
</source>
        <translation>Осиротевшая запись %1 удалена из связки ключей.
</translation>
    </message>
    <message>
        <source>Cannot write the report</source>
        <translation>Не удаётся записать отчёт</translation>
    </message>
    <message>
        <source>Two-factor code from your authenticator app: </source>
        <translation>Код двухфакторной аутентификации из приложения-аутентификатора: </translation>
    </message>
    <message>
        <source>Two-factor codes are on: give the code from your authenticator app on standard input (%1). Nothing was changed.</source>
        <translation>Двухфакторные коды включены: передайте код из приложения-аутентификатора на стандартный ввод (%1). Ничего не изменено.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>ConfirmGrantDialog</name>
    <message>
        <source>Confirm access rights</source>
        <translation>Подтверждение прав доступа</translation>
    </message>
    <message>
        <source>Operations initiated through the API (placing orders, initiating withdrawals) require neither a 2FA code nor an e-mail confirmation: the API and secret keys are enough.</source>
        <translation>Операции через API (размещение ордеров, вывод средств) не требуют ни кода 2FA, ни подтверждения по электронной почте: достаточно API-ключа и секретного ключа.</translation>
    </message>
    <message>
        <source>2FA &amp;code</source>
        <translation>&amp;Код 2FA</translation>
    </message>
    <message>
        <source>6 digits from your authenticator app</source>
        <translation>6 цифр из приложения-аутентификатора</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Код двухфакторной аутентификации</translation>
    </message>
    <message>
        <source>Two-factor code message</source>
        <translation>Сообщение о коде двухфакторной аутентификации</translation>
    </message>
    <message>
        <source>&lt;p&gt;Grant these rights to &lt;b&gt;%1&lt;/b&gt; (%2, public key &lt;tt&gt;%3&lt;/tt&gt;)?&lt;/p&gt;&lt;ul&gt;%4&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Предоставить эти права ключу &lt;b&gt;%1&lt;/b&gt; (%2, публичный ключ &lt;tt&gt;%3&lt;/tt&gt;)?&lt;/p&gt;&lt;ul&gt;%4&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Предоставить</translation>
    </message>
    <message>
        <source>Enter the 6-digit code that your authenticator app shows for Keyrack.</source>
        <translation>Введите 6-значный код, который ваше приложение-аутентификатор показывает для Keyrack.</translation>
    </message>
    <message>
        <source>The code was not accepted. Nothing was granted.</source>
        <translation>Код не принят. Права не предоставлены.</translation>
    </message>
    <message>
        <source>Checking the code with the OS keychain…</source>
        <translation>Проверка кода через связку ключей ОС…</translation>
    </message>
</context>
<context>
    <name>DialogPrompter</name>
    <message>
        <source>Delete API key</source>
        <translation>Удаление API-ключа</translation>
    </message>
    <message>
        <source>Delete “%1” (%2, public key %3)?</source>
        <translation>Удалить «%1» (%2, публичный ключ %3)?</translation>
    </message>
    <message>
        <source>A deleted API key can not be retrieved and can not be used to authenticate requests. Its secret is removed from the OS keychain.</source>
        <translation>Удалённый API-ключ невозможно восстановить и нельзя использовать для аутентификации запросов. Его секрет удаляется из связки ключей ОС.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>EndpointCatalog</name>
    <message>
        <source>List currencies (public)</source>
        <translation>Список валют (публичный)</translation>
    </message>
    <message>
        <source>List trading symbols (public)</source>
        <translation>Список торговых символов (публичный)</translation>
    </message>
    <message>
        <source>Tickers of all symbols (public)</source>
        <translation>Тикеры всех символов (публичный)</translation>
    </message>
    <message>
        <source>Ticker of one symbol (public)</source>
        <translation>Тикер одного символа (публичный)</translation>
    </message>
    <message>
        <source>Trading balance</source>
        <translation>Торговый баланс</translation>
    </message>
    <message>
        <source>Order history</source>
        <translation>История ордеров</translation>
    </message>
    <message>
        <source>Trade history</source>
        <translation>История сделок</translation>
    </message>
    <message>
        <source>Active orders</source>
        <translation>Активные ордера</translation>
    </message>
    <message>
        <source>One active order by its client order id</source>
        <translation>Один активный ордер по клиентскому идентификатору</translation>
    </message>
    <message>
        <source>Place an order</source>
        <translation>Разместить ордер</translation>
    </message>
    <message>
        <source>Cancel one order by its client order id</source>
        <translation>Отменить один ордер по клиентскому идентификатору</translation>
    </message>
    <message>
        <source>Trading fee of a symbol</source>
        <translation>Торговая комиссия по символу</translation>
    </message>
    <message>
        <source>Wallet balance</source>
        <translation>Баланс кошелька</translation>
    </message>
    <message>
        <source>Wallet transactions</source>
        <translation>Транзакции кошелька</translation>
    </message>
    <message>
        <source>Deposit address</source>
        <translation>Адрес для пополнения</translation>
    </message>
    <message>
        <source>Withdraw cryptocurrency</source>
        <translation>Вывод криптовалюты</translation>
    </message>
    <message>
        <source>Roll back a withdrawal</source>
        <translation>Откатить вывод</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>Unknown environment &quot;%1&quot;: use sandbox, hitbtc, hitbtc-demo or an https:// base URL.</source>
        <translation>Неизвестная среда «%1»: используйте sandbox, hitbtc, hitbtc-demo или базовый URL с https://.</translation>
    </message>
    <message>
        <source>Refusing %1: signed requests go over https:// only (plain http:// is allowed for loopback hosts).</source>
        <translation>%1 отклонён: подписанные запросы отправляются только по https:// (незащищённый http:// допускается для loopback-узлов).</translation>
    </message>
    <message>
        <source>Unsupported scheme in %1: use an https:// base URL.</source>
        <translation>Неподдерживаемая схема в %1: используйте базовый URL с https://.</translation>
    </message>
    <message>
        <source>The base URL %1 must not carry user information, a query or a fragment.</source>
        <translation>Базовый URL %1 не должен содержать данные пользователя, строку запроса или фрагмент.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Песочница</translation>
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
        <translation>Ни один ключ не соответствует «%1»: укажите метку, id или публичный ключ (см. команду list).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 keys; name one by its id:
  %3</source>
        <translation>«%1» соответствует нескольким ключам (%2); укажите один по его id:
  %3</translation>
    </message>
    <message>
        <source>The public key %1 is already in Keyrack for %2 as &quot;%3&quot;.</source>
        <translation>Публичный ключ %1 уже есть в Keyrack для %2 с меткой «%3».</translation>
    </message>
    <message>
        <source>The random source failed to produce a key. Nothing was changed.</source>
        <translation>Источнику случайных чисел не удалось создать ключ. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The key was not added; Keyrack will tidy up its unfinished record the next time it can write.</source>
        <translation>Ключ не добавлен; Keyrack уберёт его незавершённую запись, когда в следующий раз сможет выполнить запись.</translation>
    </message>
    <message>
        <source>Nothing was changed: the key was not added.</source>
        <translation>Ничего не изменено: ключ не добавлен.</translation>
    </message>
    <message>
        <source>The key&apos;s record vanished while it was being added.</source>
        <translation>Запись ключа исчезла во время его добавления.</translation>
    </message>
    <message>
        <source>The key was not added.</source>
        <translation>Ключ не добавлен.</translation>
    </message>
    <message>
        <source>That key is no longer in Keyrack.</source>
        <translation>Этого ключа больше нет в Keyrack.</translation>
    </message>
    <message>
        <source>Nothing was removed: “%1” is still there.</source>
        <translation>Ничего не удалено: «%1» по-прежнему на месте.</translation>
    </message>
    <message>
        <source>The secret is deleted; the key&apos;s record will be removed the next time Keyrack can write.</source>
        <translation>Секрет удалён; запись ключа будет удалена, когда Keyrack в следующий раз сможет выполнить запись.</translation>
    </message>
    <message>
        <source>The secret of %1 is missing from the OS keychain: it was deleted outside Keyrack. Delete this key and import it again.</source>
        <translation>Секрет %1 отсутствует в связке ключей ОС: он был удалён вне Keyrack. Удалите этот ключ и импортируйте его снова.</translation>
    </message>
    <message>
        <source>An unfinished operation could not be tidied up.</source>
        <translation>Не удалось убрать последствия незавершённой операции.</translation>
    </message>
    <message>
        <source>“%1” (%2, %3)</source>
        <translation>«%1» (%2, %3)</translation>
    </message>
</context>
<context>
    <name>KeyRisks</name>
    <message>
        <source>&quot;Allow all&quot;: this key may do everything, including withdrawals.</source>
        <translation>«Разрешить всё»: этому ключу разрешено всё, включая вывод средств.</translation>
    </message>
    <message>
        <source>Withdrawals allowed: this key can move funds off the exchange.</source>
        <translation>Вывод разрешён: этот ключ может выводить средства с биржи.</translation>
    </message>
    <message>
        <source>The last audit found &quot;%1&quot; allowed, which is not declared: this key can do more than you think.</source>
        <translation>Последняя проверка показала, что право «%1» есть, хотя оно не заявлено: этот ключ может больше, чем вы думаете.</translation>
    </message>
    <message>
        <source>The last audit found &quot;%1&quot; refused, though it is declared.</source>
        <translation>Последняя проверка показала, что право «%1» отклоняется, хотя оно заявлено.</translation>
    </message>
    <message numerus="yes">
        <source>Not used for %n day(s): revoke it if nothing needs it.</source>
        <translation>
            <numerusform>Не используется %n день: отзовите его, если он не нужен.</numerusform>
            <numerusform>Не используется %n дня: отзовите его, если он не нужен.</numerusform>
            <numerusform>Не используется %n дней: отзовите его, если он не нужен.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Never used in %n day(s): revoke it if nothing needs it.</source>
        <translation>
            <numerusform>Ни разу не использовался за %n день: отзовите его, если он не нужен.</numerusform>
            <numerusform>Ни разу не использовался за %n дня: отзовите его, если он не нужен.</numerusform>
            <numerusform>Ни разу не использовался за %n дней: отзовите его, если он не нужен.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never audited.</source>
        <translation>Ни разу не проверялся.</translation>
    </message>
    <message numerus="yes">
        <source>No audit for %n day(s).</source>
        <translation>
            <numerusform>Не проверялся %n день.</numerusform>
            <numerusform>Не проверялся %n дня.</numerusform>
            <numerusform>Не проверялся %n дней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The same public key is imported %n more time(s).</source>
        <translation>
            <numerusform>Тот же публичный ключ импортирован ещё %n раз.</numerusform>
            <numerusform>Тот же публичный ключ импортирован ещё %n раза.</numerusform>
            <numerusform>Тот же публичный ключ импортирован ещё %n раз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyTableModel</name>
    <message>
        <source>ON</source>
        <translation>ВКЛ</translation>
    </message>
    <message>
        <source>OFF</source>
        <translation>ВЫКЛ</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>%1 • due</source>
        <translation>%1 • пора</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>есть</translation>
    </message>
    <message>
        <source>seen!</source>
        <translation>есть!</translation>
    </message>
    <message>
        <source>refused!</source>
        <translation>отказ!</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>не проверено</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>предоставлено</translation>
    </message>
    <message>
        <source>not granted</source>
        <translation>не предоставлено</translation>
    </message>
    <message>
        <source>The audit of %1 found it allowed: this key can do more than you think.</source>
        <translation>Проверка от %1 показала, что это право есть: этот ключ может больше, чем вы думаете.</translation>
    </message>
    <message>
        <source>The audit of %1 found it refused by the exchange.</source>
        <translation>Проверка от %1 показала, что биржа отклоняет это право.</translation>
    </message>
    <message>
        <source>The audit of %1 confirmed it.</source>
        <translation>Проверка от %1 подтвердила это право.</translation>
    </message>
    <message>
        <source>The audit of %1 confirmed the exchange refuses it.</source>
        <translation>Проверка от %1 подтвердила, что биржа отклоняет это право.</translation>
    </message>
    <message>
        <source>Not probed by the audit of %1.</source>
        <translation>Проверка от %1 это право не проверяла.</translation>
    </message>
    <message>
        <source>The audit of %1 could not tell.</source>
        <translation>Проверке от %1 не удалось это определить.</translation>
    </message>
    <message>
        <source>Public key %1 (the secret is in the OS keychain)</source>
        <translation>Публичный ключ %1 (секрет хранится в связке ключей ОС)</translation>
    </message>
    <message>
        <source>ON: this key may sign requests. Click or press Space to revoke it.</source>
        <translation>ВКЛ: этим ключом можно подписывать запросы. Щёлкните или нажмите Пробел, чтобы отозвать его.</translation>
    </message>
    <message>
        <source>OFF (revoked): a revoked key cannot authenticate requests. Click or press Space to enable it.</source>
        <translation>ВЫКЛ (отозван): отозванный ключ не может аутентифицировать запросы. Щёлкните или нажмите Пробел, чтобы включить его.</translation>
    </message>
    <message>
        <source>Allow all: every right, including trading and withdrawals</source>
        <translation>Разрешить всё: все права, включая торговлю и вывод средств</translation>
    </message>
    <message>
        <source>The embedded sandbox exchange</source>
        <translation>Встроенная биржа-песочница</translation>
    </message>
    <message>
        <source>Delete this key for good</source>
        <translation>Удалить этот ключ безвозвратно</translation>
    </message>
    <message>
        <source>Last audit: %1</source>
        <translation>Последняя проверка: %1</translation>
    </message>
    <message>
        <source>Never audited: select the key and choose Audit.</source>
        <translation>Ни разу не проверялся: выберите ключ и запустите проверку.</translation>
    </message>
    <message>
        <source>Key %1 is ON</source>
        <translation>Ключ %1 включён</translation>
    </message>
    <message>
        <source>Key %1 is OFF</source>
        <translation>Ключ %1 выключен</translation>
    </message>
    <message>
        <source>%1 for %2: %3</source>
        <translation>%1 для %2: %3</translation>
    </message>
    <message>
        <source>%1; last audit: %2</source>
        <translation>%1; последняя проверка: %2</translation>
    </message>
    <message>
        <source>every right granted</source>
        <translation>предоставлены все права</translation>
    </message>
    <message>
        <source>no right granted</source>
        <translation>права не предоставлены</translation>
    </message>
    <message>
        <source>some rights granted</source>
        <translation>предоставлены некоторые права</translation>
    </message>
    <message>
        <source>Allow all for %1: %2</source>
        <translation>Разрешить всё для %1: %2</translation>
    </message>
    <message>
        <source>Delete key %1</source>
        <translation>Удалить ключ %1</translation>
    </message>
    <message>
        <source>Grant every right at once</source>
        <translation>Предоставить все права сразу</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Среда</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Публичный ключ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Order book, History,
Trading balance</source>
        <translation>Книга ордеров, история,
торговый баланс</translation>
    </message>
    <message>
        <source>Place/cancel
orders</source>
        <translation>Размещение/отмена
ордеров</translation>
    </message>
    <message>
        <source>Payment
information</source>
        <translation>Платёжная
информация</translation>
    </message>
    <message>
        <source>Withdraw
cryptocurrencies</source>
        <translation>Вывод
криптовалют</translation>
    </message>
    <message>
        <source>Allow all</source>
        <translation>Разрешить всё</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Использован</translation>
    </message>
    <message>
        <source>Last audit</source>
        <translation>Проверен</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>KeyValidation</name>
    <message>
        <source>The label is empty: give the key a name you will recognise.</source>
        <translation>Метка пуста: дайте ключу название, по которому вы его узнаете.</translation>
    </message>
    <message>
        <source>The label is longer than %1 characters.</source>
        <translation>Метка длиннее %1 символов.</translation>
    </message>
    <message>
        <source>The label contains control characters.</source>
        <translation>Метка содержит управляющие символы.</translation>
    </message>
    <message>
        <source>The public key is empty.</source>
        <translation>Публичный ключ пуст.</translation>
    </message>
    <message>
        <source>The public key is longer than %1 characters: check that you pasted only the key.</source>
        <translation>Публичный ключ длиннее %1 символов: проверьте, что вставили только ключ.</translation>
    </message>
    <message>
        <source>The public key contains control characters: check that you pasted only the key.</source>
        <translation>Публичный ключ содержит управляющие символы: проверьте, что вставили только ключ.</translation>
    </message>
    <message>
        <source>The public key contains spaces: check that you pasted only the key.</source>
        <translation>Публичный ключ содержит пробелы: проверьте, что вставили только ключ.</translation>
    </message>
    <message>
        <source>The secret key is empty.</source>
        <translation>Секретный ключ пуст.</translation>
    </message>
    <message>
        <source>The secret key is longer than %1 characters: check that you pasted only the secret.</source>
        <translation>Секретный ключ длиннее %1 символов: проверьте, что вставили только секрет.</translation>
    </message>
    <message>
        <source>The secret key contains control characters: check that you pasted only the secret.</source>
        <translation>Секретный ключ содержит управляющие символы: проверьте, что вставили только секрет.</translation>
    </message>
    <message>
        <source>The secret key contains spaces: check that you pasted only the secret.</source>
        <translation>Секретный ключ содержит пробелы: проверьте, что вставили только секрет.</translation>
    </message>
    <message>
        <source>The secret key is not valid text.</source>
        <translation>Секретный ключ не является допустимым текстом.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>Заметка длиннее %1 символов.</translation>
    </message>
</context>
<context>
    <name>KeychainIndex</name>
    <message>
        <source>No keychain service is running: Keyrack needs a Secret Service provider (gnome-keyring or KWallet) on your session bus. Start it, or log in to a desktop session, and try again.</source>
        <translation>Служба связки ключей не запущена: Keyrack нужен поставщик Secret Service (gnome-keyring или KWallet) на сеансовой шине. Запустите его или войдите в сеанс рабочего стола и повторите попытку.</translation>
    </message>
    <message>
        <source>%1 (The keychain said: %2)</source>
        <translation>%1 (Ответ связки ключей: %2)</translation>
    </message>
    <message>
        <source>The OS keychain did not answer within %1 s: it may be waiting for you to unlock it in a prompt, or its service is stuck. Try again.</source>
        <translation>Связка ключей ОС не ответила за %1 с: возможно, она ждёт, пока вы разблокируете её в запросе, или её служба зависла. Повторите попытку.</translation>
    </message>
    <message>
        <source>The OS keychain could not list its entries. (The keychain said: %1)</source>
        <translation>Связка ключей ОС не смогла перечислить свои записи. (Ответ связки ключей: %1)</translation>
    </message>
</context>
<context>
    <name>KeychainVault</name>
    <message>
        <source>the OS keychain</source>
        <translation>связка ключей ОС</translation>
    </message>
    <message>
        <source>The secret is missing from the OS keychain (entry %1): it was deleted outside Keyrack.</source>
        <translation>Секрет отсутствует в связке ключей ОС (запись %1): он был удалён вне Keyrack.</translation>
    </message>
    <message>
        <source>%1 (The keychain said: %2)</source>
        <translation>%1 (Ответ связки ключей: %2)</translation>
    </message>
    <message>
        <source>The secret is not in the OS keychain.</source>
        <translation>Секретного ключа нет в связке ключей ОС.</translation>
    </message>
    <message>
        <source>The OS keychain is locked or refused access: unlock it (for example by logging in to your desktop&apos;s keyring) and try again.</source>
        <translation>Связка ключей ОС заблокирована или отказала в доступе: разблокируйте её (например, войдя в связку ключей рабочего стола) и повторите попытку.</translation>
    </message>
    <message>
        <source>Access to the OS keychain was denied at its prompt.</source>
        <translation>В доступе к связке ключей ОС отказано в её запросе.</translation>
    </message>
    <message>
        <source>No OS keychain is available: start a Secret Service provider such as gnome-keyring or KWallet and try again.</source>
        <translation>Связка ключей ОС недоступна: запустите поставщика Secret Service, например gnome-keyring или KWallet, и повторите попытку.</translation>
    </message>
    <message>
        <source>The OS keychain could not delete the entry.</source>
        <translation>Связке ключей ОС не удалось удалить запись.</translation>
    </message>
    <message>
        <source>No keychain service is running: Keyrack needs a Secret Service provider (gnome-keyring or KWallet) on your session bus. Start it, or log in to a desktop session, and try again.</source>
        <translation>Служба связки ключей не запущена: Keyrack нужен поставщик Secret Service (gnome-keyring или KWallet) на сеансовой шине. Запустите его или войдите в сеанс рабочего стола и повторите попытку.</translation>
    </message>
    <message>
        <source>The OS keychain is locked: unlock it and try again.</source>
        <translation>Связка ключей ОС заблокирована: разблокируйте её и повторите попытку.</translation>
    </message>
    <message>
        <source>The OS keychain could not be used: is libsecret (libsecret-1-0) installed?</source>
        <translation>Не удалось использовать связку ключей ОС: установлен ли libsecret (libsecret-1-0)?</translation>
    </message>
    <message>
        <source>The OS keychain reported an error.</source>
        <translation>Связка ключей ОС сообщила об ошибке.</translation>
    </message>
    <message>
        <source>The OS keychain did not answer within %1 s: it may be waiting for you to unlock it in a prompt, or its service is stuck. Try again.</source>
        <translation>Связка ключей ОС не ответила за %1 с: возможно, она ждёт, пока вы разблокируете её в запросе, или её служба зависла. Повторите попытку.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Keyrack — API keys</source>
        <translation>Keyrack — API-ключи</translation>
    </message>
    <message>
        <source>&lt;h2&gt;API keys&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;API-ключи&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Sandbox address</source>
        <translation>Адрес песочницы</translation>
    </message>
    <message>
        <source>Search label, public key, note</source>
        <translation>Поиск по метке, публичному ключу, заметке</translation>
    </message>
    <message>
        <source>Search keys</source>
        <translation>Поиск ключей</translation>
    </message>
    <message>
        <source>Environment filter</source>
        <translation>Фильтр по среде</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Фильтр по состоянию</translation>
    </message>
    <message>
        <source>&amp;New API key</source>
        <translation>&amp;Новый API-ключ</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Новый API-ключ</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-ключи</translation>
    </message>
    <message>
        <source>Test call</source>
        <translation>Тестовый вызов</translation>
    </message>
    <message>
        <source>Cancel audit</source>
        <translation>Отменить проверку</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Изменение не сохранено</translation>
    </message>
    <message>
        <source>&amp;Delete key</source>
        <translation>&amp;Удалить ключ</translation>
    </message>
    <message>
        <source>&amp;Copy public key</source>
        <translation>&amp;Копировать публичный ключ</translation>
    </message>
    <message>
        <source>ON and OFF</source>
        <translation>ВКЛ и ВЫКЛ</translation>
    </message>
    <message>
        <source>ON only</source>
        <translation>Только ВКЛ</translation>
    </message>
    <message>
        <source>OFF only</source>
        <translation>Только ВЫКЛ</translation>
    </message>
    <message>
        <source>Audit progress</source>
        <translation>Ход проверки</translation>
    </message>
    <message>
        <source>Cancel the audit</source>
        <translation>Отменить проверку</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Ключи</translation>
    </message>
    <message>
        <source>&amp;New API key…</source>
        <translation>&amp;Новый API-ключ…</translation>
    </message>
    <message>
        <source>&amp;Audit selected keys</source>
        <translation>&amp;Проверить выбранные ключи</translation>
    </message>
    <message>
        <source>Audit a&amp;ll keys</source>
        <translation>Проверить &amp;все ключи</translation>
    </message>
    <message>
        <source>&amp;Open audit report in the browser</source>
        <translation>&amp;Открыть отчёт о проверке в браузере</translation>
    </message>
    <message>
        <source>&amp;Export audit report…</source>
        <translation>&amp;Экспортировать отчёт о проверке…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>&amp;Test call panel</source>
        <translation>Панель &amp;тестовых вызовов</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Sandbox: not running</source>
        <translation>Песочница: не запущена</translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation>Песочница: %1</translation>
    </message>
    <message>
        <source>The embedded sandbox exchange serves HitBTC&apos;s API v3 at %1/api/3 for the sandbox keys of this data directory.</source>
        <translation>Встроенная биржа-песочница предоставляет API v3 HitBTC по адресу %1/api/3 для ключей песочницы этого каталога данных.</translation>
    </message>
    <message>
        <source>Settings are not available in this window.</source>
        <translation>Настройки недоступны в этом окне.</translation>
    </message>
    <message>
        <source>Select the keys to audit first.</source>
        <translation>Сначала выберите ключи для проверки.</translation>
    </message>
    <message>
        <source>No key is ON: there is nothing to audit.</source>
        <translation>Ни один ключ не включён: проверять нечего.</translation>
    </message>
    <message>
        <source>An audit is already running.</source>
        <translation>Проверка уже выполняется.</translation>
    </message>
    <message>
        <source>Probe the withdraw right?</source>
        <translation>Проверить право на вывод?</translation>
    </message>
    <message>
        <source>To learn whether “%1” may withdraw, Keyrack asks %2 to roll back a withdrawal that does not exist. It moves nothing, but it is not a documented read-only request. Probe it?</source>
        <translation>Чтобы узнать, может ли «%1» выводить средства, Keyrack просит %2 откатить несуществующий вывод. Средства никуда не перемещаются, но это не документированный запрос только для чтения. Проверить?</translation>
    </message>
    <message>
        <source>Probe withdraw too</source>
        <translation>Проверить и право на вывод</translation>
    </message>
    <message>
        <source>Audit cancelled; results so far are kept.</source>
        <translation>Проверка отменена; уже полученные результаты сохранены.</translation>
    </message>
    <message>
        <source>“%1” was not audited: %2</source>
        <translation>«%1» не проверен: %2</translation>
    </message>
    <message>
        <source>The audit result was not saved</source>
        <translation>Результат проверки не сохранён</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>Audited %n key(s); %1 differ from what is declared.</source>
        <translation>
            <numerusform>Проверен %n ключ; у %1 права отличаются от заявленных.</numerusform>
            <numerusform>Проверено %n ключа; у %1 права отличаются от заявленных.</numerusform>
            <numerusform>Проверено %n ключей; у %1 права отличаются от заявленных.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export audit report</source>
        <translation>Экспорт отчёта о проверке</translation>
    </message>
    <message>
        <source>Web page (*.html);;JSON (*.json);;CSV (*.csv)</source>
        <translation>Веб-страница (*.html);;JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Отчёт не сохранён</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Отчёт сохранён в %1.</translation>
    </message>
    <message>
        <source>The report was not opened</source>
        <translation>Отчёт не открыт</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Все среды</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No API keys yet&lt;/h3&gt;&lt;p&gt;Click &lt;b&gt;New API key&lt;/b&gt; to create a key in the embedded sandbox (active, with no access rights; its secret is shown once), or to import a key you created on HitBTC.&lt;/p&gt;&lt;p&gt;Secrets are kept in your OS keychain, never in a file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;API-ключей пока нет&lt;/h3&gt;&lt;p&gt;Нажмите &lt;b&gt;Новый API-ключ&lt;/b&gt;, чтобы создать ключ во встроенной песочнице (активный, без прав доступа; его секрет показывается один раз) или импортировать ключ, созданный на HitBTC.&lt;/p&gt;&lt;p&gt;Секреты хранятся в связке ключей вашей ОС, а не в файле.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No key matches the search and filters.</source>
        <translation>Нет ключей, соответствующих поиску и фильтрам.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n ключ</numerusform>
            <numerusform>%n ключа</numerusform>
            <numerusform>%n ключей</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the OS keychain…</source>
        <translation>Ожидание связки ключей ОС…</translation>
    </message>
    <message>
        <source>Key created.</source>
        <translation>Ключ создан.</translation>
    </message>
    <message>
        <source>The key was not created</source>
        <translation>Ключ не создан</translation>
    </message>
    <message>
        <source>Key imported.</source>
        <translation>Ключ импортирован.</translation>
    </message>
    <message>
        <source>The key was not imported</source>
        <translation>Ключ не импортирован</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>«%1» удалён.</translation>
    </message>
    <message>
        <source>The key was not deleted</source>
        <translation>Ключ не удалён</translation>
    </message>
    <message>
        <source>Public key copied.</source>
        <translation>Публичный ключ скопирован.</translation>
    </message>
    <message>
        <source>Cannot write the report</source>
        <translation>Не удаётся записать отчёт</translation>
    </message>
</context>
<context>
    <name>MetadataJson</name>
    <message>
        <source>field &quot;rights&quot; is not a list</source>
        <translation>поле «rights» не является списком</translation>
    </message>
    <message>
        <source>unknown right &quot;%1&quot;</source>
        <translation>неизвестное право «%1»</translation>
    </message>
    <message>
        <source>field &quot;lastAudit&quot; is not an object</source>
        <translation>поле «lastAudit» не является объектом</translation>
    </message>
    <message>
        <source>audit of right &quot;%1&quot; is not understood</source>
        <translation>проверка права «%1» непонятна</translation>
    </message>
    <message>
        <source>the audit has no time</source>
        <translation>у проверки нет времени</translation>
    </message>
    <message>
        <source>a key entry is not an object</source>
        <translation>запись ключа не является объектом</translation>
    </message>
    <message>
        <source>field &quot;id&quot; is not a UUID</source>
        <translation>поле «id» не является UUID</translation>
    </message>
    <message>
        <source>field &quot;enabled&quot; is not true or false</source>
        <translation>поле «enabled» не равно true или false</translation>
    </message>
    <message>
        <source>unknown pending operation &quot;%1&quot;</source>
        <translation>неизвестная незавершённая операция «%1»</translation>
    </message>
    <message>
        <source>field &quot;pending&quot; is not an object</source>
        <translation>поле «pending» не является объектом</translation>
    </message>
    <message>
        <source>a key has an empty label or public key</source>
        <translation>у ключа пустая метка или публичный ключ</translation>
    </message>
</context>
<context>
    <name>MetadataStore</name>
    <message>
        <source>Cannot read the metadata file %1: %2. Check its permissions.</source>
        <translation>Не удаётся прочитать файл метаданных %1: %2. Проверьте права доступа к нему.</translation>
    </message>
    <message>
        <source>Cannot create the data directory</source>
        <translation>Не удаётся создать каталог данных</translation>
    </message>
    <message>
        <source>check that its parent exists and is writable</source>
        <translation>проверьте, что родительский каталог существует и доступен для записи</translation>
    </message>
    <message>
        <source>Another Keyrack process has held the lock on</source>
        <translation>Другой процесс Keyrack удерживает блокировку файла</translation>
    </message>
    <message>
        <source>for more than %1 s; try again</source>
        <translation>уже более %1 с; повторите попытку</translation>
    </message>
    <message>
        <source>Cannot write in the data directory of</source>
        <translation>Не удаётся записать в каталог данных файла</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <source>Cannot create the lock file for</source>
        <translation>Не удаётся создать файл блокировки для</translation>
    </message>
    <message>
        <source>the disk may be full, or the data directory cannot be written: free some space or check the directory, and try again</source>
        <translation>возможно, диск заполнен или каталог данных недоступен для записи: освободите место или проверьте каталог и повторите попытку</translation>
    </message>
    <message>
        <source>%1 %2: %3. Nothing was changed.</source>
        <translation>%1 %2: %3. Ничего не изменено.</translation>
    </message>
    <message>
        <source>the disk is full (or your disk quota is used up): free some space and try again</source>
        <translation>диск заполнен (или исчерпана дисковая квота): освободите место и повторите попытку</translation>
    </message>
    <message>
        <source>the file is larger than this process may write (see ulimit -f)</source>
        <translation>файл больше, чем разрешено записывать этому процессу (см. ulimit -f)</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>файловая система доступна только для чтения</translation>
    </message>
    <message>
        <source>Cannot write the metadata file</source>
        <translation>Не удалось записать файл метаданных</translation>
    </message>
    <message>
        <source>permission denied: check the permissions of %1</source>
        <translation>доступ запрещён: проверьте права доступа к %1</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <source>New API key</source>
        <translation>Новый API-ключ</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>С&amp;реда</translation>
    </message>
    <message>
        <source>Base &amp;URL</source>
        <translation>Базовый &amp;URL</translation>
    </message>
    <message>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Метка</translation>
    </message>
    <message>
        <source>e.g. trading bot</source>
        <translation>например, торговый бот</translation>
    </message>
    <message>
        <source>&amp;Public API key</source>
        <translation>&amp;Публичный API-ключ</translation>
    </message>
    <message>
        <source>&amp;Secret key</source>
        <translation>&amp;Секретный ключ</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>По&amp;казать</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Заметка</translation>
    </message>
    <message>
        <source>Sandbox (generate a new key here)</source>
        <translation>Песочница (создать новый ключ здесь)</translation>
    </message>
    <message>
        <source>HitBTC (import a key created on hitbtc.com)</source>
        <translation>HitBTC (импорт ключа, созданного на hitbtc.com)</translation>
    </message>
    <message>
        <source>HitBTC demo (import)</source>
        <translation>HitBTC demo (импорт)</translation>
    </message>
    <message>
        <source>Other HitBTC-compatible API (import)</source>
        <translation>Другой API, совместимый с HitBTC (импорт)</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Секретный ключ</translation>
    </message>
    <message>
        <source>Public API key</source>
        <translation>Публичный API-ключ</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Базовый URL</translation>
    </message>
    <message>
        <source>Enter the https:// base URL of the API.</source>
        <translation>Введите базовый URL API, начинающийся с https://.</translation>
    </message>
    <message>
        <source>Create the key on the exchange&apos;s API settings page first, then paste its public key and secret here. The secret goes to your OS keychain and is never shown again.</source>
        <translation>Сначала создайте ключ на странице настроек API биржи, затем вставьте сюда его публичный ключ и секрет. Секрет сохраняется в связке ключей ОС и больше никогда не показывается.</translation>
    </message>
    <message>
        <source>Keyrack creates an active key with no access rights in the embedded sandbox, and shows its secret once.</source>
        <translation>Keyrack создаёт во встроенной песочнице активный ключ без прав доступа и один раз показывает его секрет.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>Соз&amp;дать</translation>
    </message>
</context>
<context>
    <name>QrCodeWidget</name>
    <message>
        <source>QR code</source>
        <translation>QR-код</translation>
    </message>
    <message>
        <source>A QR code to scan with an authenticator app. It holds the same secret as the text shown with it.</source>
        <translation>QR-код для сканирования приложением-аутентификатором. Он содержит тот же секрет, что и текст рядом с ним.</translation>
    </message>
</context>
<context>
    <name>RecordReader</name>
    <message>
        <source>field &quot;%1&quot; is missing or not text</source>
        <translation>поле «%1» отсутствует или не является текстом</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a date</source>
        <translation>поле «%1» не является датой</translation>
    </message>
</context>
<context>
    <name>RightsAuditor</name>
    <message>
        <source>&quot;%1&quot; is switched OFF in Keyrack: Keyrack does not sign with it, so it was not probed.</source>
        <translation>«%1» выключен в Keyrack: Keyrack не подписывает им запросы, поэтому он не проверялся.</translation>
    </message>
    <message>
        <source>No sandbox is running for this data directory.</source>
        <translation>Для этого каталога данных песочница не запущена.</translation>
    </message>
    <message>
        <source>Reading the secret from the keychain</source>
        <translation>Чтение секрета из связки ключей</translation>
    </message>
    <message>
        <source>Probing &quot;%1&quot;</source>
        <translation>Проверка «%1»</translation>
    </message>
    <message>
        <source>key refused: switched off on the exchange, wrong secret, or clock skew</source>
        <translation>ключ отклонён: выключен на бирже, неверный секрет или расхождение часов</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>as declared</source>
        <translation>как заявлено</translation>
    </message>
    <message>
        <source>can do more than declared: %1</source>
        <translation>может больше заявленного: %1</translation>
    </message>
    <message>
        <source>declared but refused: %1</source>
        <translation>заявлено, но отклонено: %1</translation>
    </message>
</context>
<context>
    <name>SandboxAddress</name>
    <message>
        <source>Cannot create %1. keyrack-cli will not find this sandbox.</source>
        <translation>Не удаётся создать %1. keyrack-cli не найдёт эту песочницу.</translation>
    </message>
    <message>
        <source>Cannot write the sandbox&apos;s address to</source>
        <translation>Не удаётся записать адрес песочницы в</translation>
    </message>
    <message>
        <source>keyrack-cli will not find this sandbox.</source>
        <translation>keyrack-cli не найдёт эту песочницу.</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>The sandbox cannot listen on %1 port %2: the port is taken or the address is not on this computer.</source>
        <translation>Песочница не может принимать подключения на %1, порт %2: порт занят или адрес не принадлежит этому компьютеру.</translation>
    </message>
</context>
<context>
    <name>SecretRevealDialog</name>
    <message>
        <source>Your new API key</source>
        <translation>Ваш новый API-ключ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Save the secret key now.&lt;/b&gt; Further accessing this page will hide the secret key, so saving it somewhere safe is very important. If you lose your secret key, you won&apos;t be able to use this API key anymore: you will need to create a new one.</source>
        <translation>&lt;b&gt;Сохраните секретный ключ сейчас.&lt;/b&gt; При повторном открытии этой страницы секретный ключ будет скрыт, поэтому очень важно сохранить его в надёжном месте. Если вы потеряете секретный ключ, то больше не сможете использовать этот API-ключ: придётся создать новый.</translation>
    </message>
    <message>
        <source>&amp;Public API key</source>
        <translation>&amp;Публичный API-ключ</translation>
    </message>
    <message>
        <source>Public API key</source>
        <translation>Публичный API-ключ</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the public API key</source>
        <translation>Копировать публичный API-ключ</translation>
    </message>
    <message>
        <source>&amp;Secret key</source>
        <translation>&amp;Секретный ключ</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Секретный ключ</translation>
    </message>
    <message>
        <source>Copy the secret key</source>
        <translation>Копировать секретный ключ</translation>
    </message>
    <message>
        <source>I have &amp;saved my secret key</source>
        <translation>Секретный ключ со&amp;хранён</translation>
    </message>
    <message numerus="yes">
        <source>A copied secret is cleared from the clipboard after %n second(s).</source>
        <translation>
            <numerusform>Скопированный секрет удаляется из буфера обмена через %n секунду.</numerusform>
            <numerusform>Скопированный секрет удаляется из буфера обмена через %n секунды.</numerusform>
            <numerusform>Скопированный секрет удаляется из буфера обмена через %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Буфер обмена</translation>
    </message>
    <message>
        <source>Clear a copied secret a&amp;fter</source>
        <translation>Очищать скопированный секрет &amp;через</translation>
    </message>
    <message>
        <source>Clipboard clear delay in seconds</source>
        <translation>Задержка очистки буфера обмена в секундах</translation>
    </message>
    <message>
        <source>Two-factor codes</source>
        <translation>Двухфакторные коды</translation>
    </message>
    <message>
        <source>Require a 2FA &amp;code before granting trading or withdrawal rights</source>
        <translation>Требовать &amp;код 2FA перед предоставлением прав на торговлю или вывод</translation>
    </message>
    <message>
        <source>Require a two-factor code before granting trading or withdrawal rights</source>
        <translation>Требовать двухфакторный код перед предоставлением прав на торговлю или вывод</translation>
    </message>
    <message>
        <source>Two-factor status</source>
        <translation>Состояние двухфакторных кодов</translation>
    </message>
    <message>
        <source>C&amp;urrent code</source>
        <translation>&amp;Текущий код</translation>
    </message>
    <message>
        <source>6 digits from your authenticator app</source>
        <translation>6 цифр из приложения-аутентификатора</translation>
    </message>
    <message>
        <source>Current two-factor code, to turn two-factor codes off</source>
        <translation>Текущий двухфакторный код для отключения двухфакторных кодов</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Remind me to &amp;audit key rights every</source>
        <translation>Напоминать о &amp;проверке прав ключей каждые</translation>
    </message>
    <message>
        <source>Audit reminder interval in days</source>
        <translation>Интервал напоминания о проверке в днях</translation>
    </message>
    <message>
        <source>Test calls</source>
        <translation>Тестовые вызовы</translation>
    </message>
    <message>
        <source>Ask before &amp;state-changing test calls on the sandbox</source>
        <translation>&amp;Спрашивать перед тестовыми вызовами в песочнице, изменяющими состояние</translation>
    </message>
    <message>
        <source>Ask before state-changing test calls on the sandbox</source>
        <translation>Спрашивать перед тестовыми вызовами в песочнице, изменяющими состояние</translation>
    </message>
    <message>
        <source>Calls that place or cancel orders or withdraw on an exchange always ask first.</source>
        <translation>Вызовы, которые размещают или отменяют ордера либо выводят средства на бирже, всегда требуют подтверждения.</translation>
    </message>
    <message>
        <source>Keep a &amp;history of test calls</source>
        <translation>Вести &amp;историю тестовых вызовов</translation>
    </message>
    <message>
        <source>Keep a history of test calls</source>
        <translation>Вести историю тестовых вызовов</translation>
    </message>
    <message>
        <source>Keep request &amp;bodies in the history</source>
        <translation>Сохранять тела &amp;запросов в истории</translation>
    </message>
    <message>
        <source>Keep request bodies in the history</source>
        <translation>Сохранять тела запросов в истории</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Enter a current code from your authenticator app: two-factor codes are turned off, and their secret removed from the OS keychain, when you press OK.</source>
        <translation>Введите текущий код из приложения-аутентификатора: после нажатия OK двухфакторные коды будут отключены, а их секрет удалён из связки ключей ОС.</translation>
    </message>
    <message>
        <source>On. The secret is in the OS keychain; turning this off needs a current code.</source>
        <translation>Включено. Секрет хранится в связке ключей ОС; для отключения нужен текущий код.</translation>
    </message>
    <message>
        <source>Off. Turning this on shows a QR code for your authenticator app; it takes effect as soon as a first code from the app checks out.</source>
        <translation>Выключено. При включении будет показан QR-код для приложения-аутентификатора; настройка вступит в силу, как только пройдёт проверку первый код из приложения.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code that your authenticator app shows for Keyrack to turn two-factor codes off, or tick the box again to keep them on.</source>
        <translation>Введите 6-значный код, который приложение-аутентификатор показывает для Keyrack, чтобы отключить двухфакторные коды, или снова установите флажок, чтобы оставить их включёнными.</translation>
    </message>
    <message>
        <source>Checking the code with the OS keychain…</source>
        <translation>Проверка кода через связку ключей ОС…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Language of the interface</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>A new language takes effect when Keyrack starts again.</source>
        <translation>Новый язык вступит в силу при следующем запуске Keyrack.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
</context>
<context>
    <name>SwitchDelegate</name>
    <message>
        <source>ON</source>
        <translation>ВКЛ</translation>
    </message>
    <message>
        <source>OFF</source>
        <translation>ВЫКЛ</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>The secret key is longer than %1 characters: check that you pasted only the secret.</source>
        <translation>Секретный ключ длиннее %1 символов: проверьте, что вставили только секрет.</translation>
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
        <translation>Тестовый вызов</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Ключ</translation>
    </message>
    <message>
        <source>Key to sign with</source>
        <translation>Ключ для подписи</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>&amp;Эндпоинт</translation>
    </message>
    <message>
        <source>Endpoint from the catalogue</source>
        <translation>Эндпоинт из каталога</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Запрос</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-метод</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Путь</translation>
    </message>
    <message>
        <source>/spot/balance</source>
        <translation>/spot/balance</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>&amp;Параметры</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Параметры запроса</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>&amp;Add parameter</source>
        <translation>&amp;Добавить параметр</translation>
    </message>
    <message>
        <source>Add query parameter</source>
        <translation>Добавить параметр запроса</translation>
    </message>
    <message>
        <source>Re&amp;move parameter</source>
        <translation>&amp;Удалить параметр</translation>
    </message>
    <message>
        <source>Remove query parameter</source>
        <translation>Удалить параметр запроса</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Тело</translation>
    </message>
    <message>
        <source>Request body (JSON or form-encoded)</source>
        <translation>Тело запроса (JSON или в кодировке формы)</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>Ок&amp;но</translation>
    </message>
    <message>
        <source>Signature window in milliseconds, 0 for none</source>
        <translation>Окно подписи в миллисекундах, 0 — без окна</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <source>&amp;Timeout</source>
        <translation>Тай&amp;м-аут</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Тайм-аут в секундах</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>A&amp;uth</source>
        <translation>&amp;Аутентификация</translation>
    </message>
    <message>
        <source>Authentication scheme</source>
        <translation>Схема аутентификации</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Отправить запрос</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Отм&amp;енить</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Отменить запрос</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Копировать как c&amp;url</translation>
    </message>
    <message>
        <source>Copy as a curl command with a fresh HS256 signature</source>
        <translation>Копировать как команду curl со свежей подписью HS256</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>No request sent yet.</source>
        <translation>Запрос ещё не отправлен.</translation>
    </message>
    <message>
        <source>What the response means</source>
        <translation>Что означает ответ</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Тело ответа</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Заголовки ответа</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>String that was signed (invisible characters shown as \n, \t, \xNN):</source>
        <translation>Подписанная строка (невидимые символы показаны как \n, \t, \xNN):</translation>
    </message>
    <message>
        <source>String that was signed</source>
        <translation>Подписанная строка</translation>
    </message>
    <message>
        <source>Signature details</source>
        <translation>Подробности подписи</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>История вызовов</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>&amp;Re-run</source>
        <translation>Повто&amp;рить</translation>
    </message>
    <message>
        <source>Re-run the selected call</source>
        <translation>Повторить выбранный вызов</translation>
    </message>
    <message>
        <source>C&amp;lear history</source>
        <translation>Очистить &amp;историю</translation>
    </message>
    <message>
        <source>Clear the call history</source>
        <translation>Очистить историю вызовов</translation>
    </message>
    <message>
        <source>&amp;Keep a history</source>
        <translation>&amp;Вести историю</translation>
    </message>
    <message>
        <source>Keep a history of test calls</source>
        <translation>Вести историю тестовых вызовов</translation>
    </message>
    <message>
        <source>HS256 (signed)</source>
        <translation>HS256 (с подписью)</translation>
    </message>
    <message>
        <source>Basic (sends the secret)</source>
        <translation>Basic (отправляет секрет)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, OFF)</source>
        <translation>%1 (%2, ВЫКЛ)</translation>
    </message>
    <message>
        <source>public</source>
        <translation>публичный</translation>
    </message>
    <message>
        <source> (changes state)</source>
        <translation> (изменяет состояние)</translation>
    </message>
    <message>
        <source>Free path…</source>
        <translation>Произвольный путь…</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>Корректный JSON.</translation>
    </message>
    <message>
        <source>Invalid JSON at character %1: %2</source>
        <translation>Ошибка JSON в символе %1: %2</translation>
    </message>
    <message>
        <source>Sent as a form-encoded body.</source>
        <translation>Отправляется как тело в кодировке формы.</translation>
    </message>
    <message>
        <source>Choose a key.</source>
        <translation>Выберите ключ.</translation>
    </message>
    <message>
        <source>“%1” is switched OFF: Keyrack does not sign with it. Switch it ON in the table first.</source>
        <translation>«%1» выключен: Keyrack не подписывает им запросы. Сначала включите его в таблице.</translation>
    </message>
    <message>
        <source>The sandbox is not running, so sandbox keys cannot be used.</source>
        <translation>Песочница не запущена, поэтому ключи песочницы использовать нельзя.</translation>
    </message>
    <message>
        <source>Enter a path such as /spot/balance: no spaces, no “?” (use the query table) and no {placeholders}.</source>
        <translation>Введите путь, например /spot/balance: без пробелов, без «?» (используйте таблицу параметров) и без {заполнителей}.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1.</source>
        <translation>Тело не является корректным JSON: %1.</translation>
    </message>
    <message>
        <source>This key is not declared to have “%1”: expect 403.</source>
        <translation>Для этого ключа не заявлено право «%1»: ожидайте 403.</translation>
    </message>
    <message>
        <source>This call changes state on the account.</source>
        <translation>Этот вызов изменяет состояние счёта.</translation>
    </message>
    <message>
        <source>Basic sends the secret itself with the request; HS256 sends only a signature.</source>
        <translation>Basic отправляет вместе с запросом сам секрет; HS256 — только подпись.</translation>
    </message>
    <message>
        <source>Right not declared</source>
        <translation>Право не заявлено</translation>
    </message>
    <message>
        <source>“%1” is not declared to have “%2”. Send the request anyway?</source>
        <translation>Для «%1» не заявлено право «%2». Всё равно отправить запрос?</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Всё равно отправить</translation>
    </message>
    <message>
        <source>Confirm a state-changing call</source>
        <translation>Подтверждение вызова, изменяющего состояние</translation>
    </message>
    <message>
        <source>This request changes state on %1 with “%2”:</source>
        <translation>Этот запрос изменяет состояние на %1 от имени «%2»:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Не отправлено.</translation>
    </message>
    <message>
        <source>Waiting for the OS keychain…</source>
        <translation>Ожидание связки ключей ОС…</translation>
    </message>
    <message>
        <source>Cancelled before sending.</source>
        <translation>Отменено до отправки.</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Отправка на %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;HTTP %1 %2&lt;/b&gt; &amp;nbsp; %3 ms, %4</source>
        <translation>&lt;b&gt;HTTP %1 %2&lt;/b&gt; &amp;nbsp; %3 мс, %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;No answer&lt;/b&gt; after %1 ms</source>
        <translation>&lt;b&gt;Нет ответа&lt;/b&gt; за %1 мс</translation>
    </message>
    <message>
        <source>HitBTC error %1: %2</source>
        <translation>Ошибка HitBTC %1: %2</translation>
    </message>
    <message>
        <source>(showing the first %1 of %2)
</source>
        <translation>(показаны первые %1 из %2)
</translation>
    </message>
    <message>
        <source>Timestamp: %1 (%2)&lt;br&gt;Window: %3&lt;br&gt;Signature: &lt;code&gt;%4&lt;/code&gt;&lt;br&gt;Authorization: &lt;code&gt;%5&lt;/code&gt;</source>
        <translation>Метка времени: %1 (%2)&lt;br&gt;Окно: %3&lt;br&gt;Подпись: &lt;code&gt;%4&lt;/code&gt;&lt;br&gt;Authorization: &lt;code&gt;%5&lt;/code&gt;</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>none (10000 ms on the exchange)</source>
        <translation>нет (на бирже 10000 мс)</translation>
    </message>
    <message>
        <source>Nothing was signed: Basic authentication sends the key and the secret themselves (not shown here).</source>
        <translation>Ничего не подписано: при Basic-аутентификации отправляются сами ключ и секрет (здесь не показаны).</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>Copy as curl uses HS256 only: it never puts a secret in a command line.</source>
        <translation>«Копировать как curl» использует только HS256: секрет никогда не попадает в командную строку.</translation>
    </message>
    <message>
        <source>Copied a curl command. Its signature expires at %1 (window %2 s); copy again for a fresh one.</source>
        <translation>Команда curl скопирована. Её подпись истекает в %1 (окно %2 с); скопируйте снова, чтобы получить свежую.</translation>
    </message>
</context>
<context>
    <name>TotpEnrolmentDialog</name>
    <message>
        <source>Set up two-factor codes</source>
        <translation>Настройка двухфакторных кодов</translation>
    </message>
    <message>
        <source>Scan this QR code with an authenticator app (for example Aegis, FreeOTP or Google Authenticator), or type the secret into it. Then enter the 6-digit code that it shows. Keyrack will ask for a code before it grants trading or withdrawal rights.</source>
        <translation>Отсканируйте этот QR-код приложением-аутентификатором (например, Aegis, FreeOTP или Google Authenticator) или введите в него секрет вручную. Затем введите 6-значный код, который оно покажет. Keyrack будет запрашивать код перед предоставлением прав на торговлю или вывод.</translation>
    </message>
    <message>
        <source>otpauth &amp;URI</source>
        <translation>&amp;URI otpauth</translation>
    </message>
    <message>
        <source>otpauth URI</source>
        <translation>URI otpauth</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the otpauth URI</source>
        <translation>Копировать URI otpauth</translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation>&amp;Секрет</translation>
    </message>
    <message>
        <source>Secret for manual entry (base32)</source>
        <translation>Секрет для ручного ввода (base32)</translation>
    </message>
    <message>
        <source>Copy the secret</source>
        <translation>Копировать секрет</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 цифр</translation>
    </message>
    <message>
        <source>Code from the authenticator app</source>
        <translation>Код из приложения-аутентификатора</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message numerus="yes">
        <source>A copied URI or secret is cleared from the clipboard after %n second(s).</source>
        <translation>
            <numerusform>Скопированные URI или секрет удаляются из буфера обмена через %n секунду.</numerusform>
            <numerusform>Скопированные URI или секрет удаляются из буфера обмена через %n секунды.</numerusform>
            <numerusform>Скопированные URI или секрет удаляются из буфера обмена через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Turn on</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>Enter the 6-digit code that your authenticator app shows for Keyrack.</source>
        <translation>Введите 6-значный код, который ваше приложение-аутентификатор показывает для Keyrack.</translation>
    </message>
    <message>
        <source>Checking the code and storing the secret in the OS keychain…</source>
        <translation>Проверка кода и сохранение секрета в связке ключей ОС…</translation>
    </message>
</context>
<context>
    <name>TwoFactor</name>
    <message>
        <source>API keys on %1</source>
        <translation>API-ключи на %1</translation>
    </message>
    <message>
        <source>Two-factor codes are already on. Turn them off first (that needs a current code), then set them up again.</source>
        <translation>Двухфакторные коды уже включены. Сначала отключите их (для этого нужен текущий код), затем настройте заново.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code that your authenticator app shows for Keyrack.</source>
        <translation>Введите 6-значный код, который ваше приложение-аутентификатор показывает для Keyrack.</translation>
    </message>
    <message>
        <source>That code does not match. Scan the QR code again (or type the secret) in your authenticator app, check that this computer&apos;s clock is right, and enter the current code. Two-factor codes are still off.</source>
        <translation>Код не совпадает. Снова отсканируйте QR-код (или введите секрет) в приложении-аутентификаторе, проверьте, что часы этого компьютера идут верно, и введите текущий код. Двухфакторные коды по-прежнему выключены.</translation>
    </message>
    <message>
        <source>Keyrack two-factor (TOTP) secret</source>
        <translation>Секрет двухфакторной аутентификации (TOTP) Keyrack</translation>
    </message>
    <message>
        <source>Two-factor set-up was cancelled.</source>
        <translation>Настройка двухфакторных кодов отменена.</translation>
    </message>
    <message>
        <source>Could not store the two-factor secret in %1: %2 Two-factor codes are still off.</source>
        <translation>Не удалось сохранить секрет двухфакторных кодов (хранилище: %1): %2 Двухфакторные коды по-прежнему выключены.</translation>
    </message>
    <message>
        <source>Could not remove the two-factor secret from %1: %2 Two-factor codes are still on.</source>
        <translation>Не удалось удалить секрет двухфакторных кодов (хранилище: %1): %2 Двухфакторные коды по-прежнему включены.</translation>
    </message>
    <message>
        <source>Turning two-factor codes off was cancelled.</source>
        <translation>Отключение двухфакторных кодов отменено.</translation>
    </message>
    <message>
        <source>Two-factor codes are off: turn them on in Settings first.</source>
        <translation>Двухфакторные коды выключены: сначала включите их в настройках.</translation>
    </message>
    <message>
        <source>The code check was cancelled.</source>
        <translation>Проверка кода отменена.</translation>
    </message>
    <message>
        <source>Could not read the two-factor secret from %1, so the code could not be checked: %2 Nothing was changed.</source>
        <translation>Не удалось прочитать секрет двухфакторных кодов (хранилище: %1), поэтому код не проверен: %2 Ничего не изменено.</translation>
    </message>
    <message>
        <source>This code has already been used. Wait for the next code in your authenticator app (a new one comes every 30 seconds) and enter it.</source>
        <translation>Этот код уже использован. Дождитесь следующего кода в приложении-аутентификаторе (новый появляется каждые 30 секунд) и введите его.</translation>
    </message>
    <message>
        <source>The code is not right. Enter the current code that your authenticator app shows for Keyrack, and check that this computer&apos;s clock is right.</source>
        <translation>Код неверен. Введите текущий код, который приложение-аутентификатор показывает для Keyrack, и проверьте, что часы этого компьютера идут верно.</translation>
    </message>
    <message>
        <source>Two-factor codes are on, but their secret is not in %1 (it may have been deleted), so no code can be checked. Nothing was changed. To turn two-factor codes off, set “enabled=false” in the [twoFactor] section of %2 and restart Keyrack.</source>
        <translation>Двухфакторные коды включены, но их секрета нет в хранилище (%1) — возможно, он удалён, — поэтому проверить код нельзя. Ничего не изменено. Чтобы выключить двухфакторные коды, задайте «enabled=false» в разделе [twoFactor] файла %2 и перезапустите Keyrack.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop manager for HitBTC API keys.</source>
        <translation>Менеджер API-ключей HitBTC для рабочего стола.</translation>
    </message>
    <message>
        <source>Use DIR as the data directory.</source>
        <translation>Использовать DIR как каталог данных.</translation>
    </message>
    <message>
        <source>Keyrack is already running on %1: its window was brought to the front.</source>
        <translation>Keyrack уже запущен с каталогом данных %1: его окно выведено на передний план.</translation>
    </message>
    <message>
        <source>Sandbox not started</source>
        <translation>Песочница не запущена</translation>
    </message>
</context>
</TS>
