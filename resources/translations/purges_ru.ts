<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>AttractScreen</name>
    <message>
      <location filename="purges_desktop/views/attract.py" line="125" />
      <source>Featured person or event</source>
      <translation>Человек или событие</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/attract.py" line="124" />
      <source>The Soviet purges, 1917–1953</source>
      <translation>Советские репрессии, 1917–1953</translation>
    </message>
  </context>
  <context>
    <name>EventsTableModel</name>
    <message>
      <location filename="purges_desktop/qtmodels/events_model.py" line="19" />
      <source>Category</source>
      <translation>Категория</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/events_model.py" line="19" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/events_model.py" line="19" />
      <source>Event</source>
      <translation>Событие</translation>
    </message>
  </context>
  <context>
    <name>KioskShell</name>
    <message>
      <location filename="purges_desktop/views/kiosk_shell.py" line="218" />
      <source>Back</source>
      <translation>Назад</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_shell.py" line="216" />
      <source>Back to the start screen</source>
      <translation>Вернуться на начальный экран</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_shell.py" line="220" />
      <source>Forward</source>
      <translation>Вперёд</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_shell.py" line="219" />
      <source>Forward →</source>
      <translation>Вперёд →</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_shell.py" line="171" />
      <source>Staff only: enter the PIN</source>
      <translation>Только для сотрудников: введите PIN</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/modes.py" line="194" />
      <source>Wrong PIN. Try again.</source>
      <translation>Неверный PIN. Попробуйте ещё раз.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_shell.py" line="217" />
      <source>← Back</source>
      <translation>← Назад</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_shell.py" line="215" />
      <source>⌂ Start</source>
      <translation>⌂ Начало</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="46" />
      <source>Acquitted</source>
      <translation>Оправдательный приговор</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="68" />
      <source>Arrested</source>
      <translation>Арест</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="37" />
      <source>Candidate member</source>
      <translation>Кандидат в члены</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="42" />
      <source>Death</source>
      <translation>Высшая мера</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="34" />
      <source>Deputy</source>
      <translation>Заместитель</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="15" />
      <source>Died in custody</source>
      <translation>Смерть в заключении</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="14" />
      <source>Executed</source>
      <translation>Расстрел</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="45" />
      <source>Exile</source>
      <translation>Ссылка</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="70" />
      <source>Exiled</source>
      <translation>Ссылка</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="69" />
      <source>Expelled from the party</source>
      <translation>Исключение из партии</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="33" />
      <source>First deputy</source>
      <translation>Первый заместитель</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="32" />
      <source>General Secretary</source>
      <translation>Генеральный секретарь</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="50" />
      <source>Guilty</source>
      <translation>Признание вины</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="31" />
      <source>Head</source>
      <translation>Руководитель</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="28" />
      <source>International</source>
      <translation>Международные</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="38" />
      <source>Judge</source>
      <translation>Судья</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="18" />
      <source>Killed in action</source>
      <translation>Гибель в бою</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="44" />
      <source>Labour camp</source>
      <translation>Лагерь</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="27" />
      <source>Law and society</source>
      <translation>Право и общество</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="36" />
      <source>Member</source>
      <translation>Член</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="26" />
      <source>Military</source>
      <translation>Армия</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="16" />
      <source>Murdered</source>
      <translation>Убийство</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="19" />
      <source>Natural death</source>
      <translation>Естественная смерть</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="52" />
      <source>Not guilty</source>
      <translation>Непризнание вины</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="47" />
      <source>Other</source>
      <translation>Другое</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="51" />
      <source>Partly guilty</source>
      <translation>Частичное признание вины</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="23" />
      <source>Party</source>
      <translation>Партия</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="43" />
      <source>Prison</source>
      <translation>Тюремное заключение</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="39" />
      <source>Prosecutor</source>
      <translation>Обвинитель</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="74" />
      <source>Rehabilitated</source>
      <translation>Реабилитация</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="75" />
      <source>Reinstated in the party</source>
      <translation>Восстановление в партии</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="73" />
      <source>Released</source>
      <translation>Освобождение</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="53" />
      <source>Retracted</source>
      <translation>Отказ от показаний</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="24" />
      <source>Secret police</source>
      <translation>Госбезопасность</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="35" />
      <source>Secretary</source>
      <translation>Секретарь</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="71" />
      <source>Sentenced</source>
      <translation>Приговор</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="17" />
      <source>Suicide</source>
      <translation>Самоубийство</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="122" />
      <source>Survived repression</source>
      <translation>Пережил(а) репрессии</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="25" />
      <source>Trials</source>
      <translation>Процессы</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="20" />
      <source>Unknown</source>
      <translation>Неизвестно</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="61" />
      <source>arrested</source>
      <translation>арест</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="64" />
      <source>body reorganised</source>
      <translation>реорганизация органа</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="62" />
      <source>died</source>
      <translation>смерть</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="57" />
      <source>end of term</source>
      <translation>истечение срока</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="63" />
      <source>executed</source>
      <translation>расстрел</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="60" />
      <source>promoted</source>
      <translation>повышение</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="58" />
      <source>removed</source>
      <translation>снятие</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="59" />
      <source>resigned</source>
      <translation>отставка</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="65" />
      <source>unknown</source>
      <translation>неизвестно</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="purges_desktop/app/application.py" line="155" />
      <source>%1 added</source>
      <translation>добавлено %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/application.py" line="157" />
      <source>%1 changed</source>
      <translation>изменено %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="186" />
      <source>%1 error(s), %2 warning(s) in the data</source>
      <translation>Ошибок в данных: %1, предупреждений: %2</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/application.py" line="156" />
      <source>%1 removed</source>
      <translation>удалено %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="164" />
      <source>Back (Alt+Left)</source>
      <translation>Назад (Alt+←)</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="166" />
      <source>Forward (Alt+Right)</source>
      <translation>Вперёд (Alt+→)</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="165" />
      <source>Forward →</source>
      <translation>Вперёд →</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="167" />
      <source>Language of the data</source>
      <translation>Язык</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="169" />
      <source>Navigation</source>
      <translation>Навигация</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/modes.py" line="96" />
      <source>No editor is set ($VISUAL or $EDITOR): copied %1</source>
      <translation>Редактор не задан ($VISUAL или $EDITOR): скопировано %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/tabs.py" line="64" />
      <source>Organization</source>
      <translation>Структура власти</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/tabs.py" line="62" />
      <source>People</source>
      <translation>Люди</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="170" />
      <source>Problems in the data</source>
      <translation>Проблемы в данных</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="162" />
      <source>Purges Desktop — the Soviet purges, 1917–1953</source>
      <translation>Purges Desktop — советские репрессии, 1917–1953</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/application.py" line="160" />
      <source>Reloaded: %1</source>
      <translation>Данные перезагружены: %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="168" />
      <source>Show problems in the data</source>
      <translation>Показать проблемы в данных</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/modes.py" line="76" />
      <source>The data could not be loaded: %1</source>
      <translation>Не удалось загрузить данные: %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/tabs.py" line="68" />
      <source>Timeline</source>
      <translation>Хронология</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/tabs.py" line="66" />
      <source>Trials</source>
      <translation>Процессы</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/application.py" line="167" />
      <source>events</source>
      <translation>события</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/application.py" line="165" />
      <source>organs</source>
      <translation>органы</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/application.py" line="164" />
      <source>people</source>
      <translation>люди</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/application.py" line="169" />
      <source>posts</source>
      <translation>должности</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="187" />
      <source>showing the last good data</source>
      <translation>показаны последние исправные данные</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/application.py" line="168" />
      <source>sources</source>
      <translation>источники</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/application.py" line="166" />
      <source>trials</source>
      <translation>процессы</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="163" />
      <source>← Back</source>
      <translation>← Назад</translation>
    </message>
  </context>
  <context>
    <name>OrgChartCanvas</name>
    <message>
      <location filename="purges_desktop/views/org_canvas.py" line="247" />
      <source>%1: of the %2 people recorded here: %3.</source>
      <translation>%1: из %2 человек, внесённых в эти данные: %3.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_canvas.py" line="265" />
      <source>Chiefs of the secret police</source>
      <translation>Руководители органов госбезопасности</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_canvas.py" line="250" />
      <source>Published figure: %1 (%2).</source>
      <translation>Опубликованная цифра: %1 (%2).</translation>
    </message>
  </context>
  <context>
    <name>OrgTab</name>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="126" />
      <source>As of</source>
      <translation>На дату</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="176" />
      <source>Chart</source>
      <translation>Схема</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="131" />
      <source>Chart of the organs on the chosen date: arrows move between cards, Enter opens the person, + and - zoom</source>
      <translation>Схема органов на выбранную дату: стрелки переходят между карточками, Enter открывает человека, + и − меняют масштаб</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="128" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="127" />
      <source>Date slider, 1917 to 1953</source>
      <translation>Выбор даты, 1917–1953</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="129" />
      <source>Jump to a key date</source>
      <translation>Перейти к ключевой дате</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="144" />
      <source>Key dates…</source>
      <translation>Ключевые даты…</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="133" />
      <source>Larger cards</source>
      <translation>Крупнее</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="154" />
      <source>Loading…</source>
      <translation>Загрузка…</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="130" />
      <source>Organs and their members on the chosen date</source>
      <translation>Органы и их состав на выбранную дату</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="134" />
      <source>Smaller cards</source>
      <translation>Мельче</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="177" />
      <source>Switch between the chart and a text list</source>
      <translation>Переключить схему и текстовый список</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="176" />
      <source>Text list</source>
      <translation>Текстом</translation>
    </message>
  </context>
  <context>
    <name>Pages</name>
    <message>
      <location filename="purges_desktop/views/pages.py" line="438" />
      <source>%1 seats held on this date; later fates:</source>
      <translation>Мест, занятых на эту дату: %1; дальнейшие судьбы:</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="461" />
      <source>%1: of the %2 people recorded here:</source>
      <translation>%1: из %2 человек, внесённых в эти данные:</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="149" />
      <source>(%1 years)</source>
      <translation>(%1 лет)</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="281" />
      <source>Also written</source>
      <translation>Другие написания</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="368" />
      <source>Articles</source>
      <translation>Статьи</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="257" />
      <source>Bars: 1917 to 1953</source>
      <translation>Полосы: 1917–1953</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="273" />
      <source>Biography</source>
      <translation>Биография</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="218" />
      <source>Born:</source>
      <translation>Дата рождения:</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="374" />
      <source>Charges</source>
      <translation>Обвинение</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="133" />
      <source>Content note</source>
      <translation>Предупреждение о содержании</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="358" />
      <source>Court</source>
      <translation>Суд</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="355" />
      <source>Dates</source>
      <translation>Даты</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="377" />
      <source>Defendant</source>
      <translation>Подсудимый</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="381" />
      <source>Defendants</source>
      <translation>Подсудимые</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="278" />
      <source>Events</source>
      <translation>События</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="230" />
      <source>Fate</source>
      <translation>Судьба</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="360" />
      <source>Held</source>
      <translation>Заседания</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="364" />
      <source>Judges</source>
      <translation>Судьи</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="385" />
      <source>Named but not tried</source>
      <translation>Названы, но не судимы</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="191" />
      <source>No portrait</source>
      <translation>Портрета нет</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="111" />
      <source>No source is cited for this record.</source>
      <translation>У этой записи нет ссылки на источник.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="128" />
      <source>Note on the sources</source>
      <translation>Об источниках</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="391" />
      <source>On the timeline</source>
      <translation>На ленте времени</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="410" />
      <source>Organs</source>
      <translation>Органы</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="375" />
      <source>Outcome</source>
      <translation>Итог</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="407" />
      <source>People</source>
      <translation>Люди</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="378" />
      <source>Plea</source>
      <translation>Позиция на суде</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="195" />
      <source>Portrait of %1</source>
      <translation>Портрет: %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="257" />
      <source>Posts held</source>
      <translation>Должности</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="362" />
      <source>Presiding judge</source>
      <translation>Председательствующий</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="366" />
      <source>Prosecutor</source>
      <translation>Обвинитель</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="378" />
      <source>Rehabilitated</source>
      <translation>Реабилитация</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="245" />
      <source>Repression</source>
      <translation>Репрессии</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="378" />
      <source>Sentence</source>
      <translation>Приговор</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="111" />
      <source>Sources</source>
      <translation>Источники</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="386" />
      <source>Summary</source>
      <translation>Кратко</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="441" />
      <source>The data records nobody in post on this date.</source>
      <translation>На эту дату в данных никто не значится.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="270" />
      <source>Trials</source>
      <translation>Процессы</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="226" />
      <source>aged %1</source>
      <translation>в возрасте %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="226" />
      <source>aged about %1</source>
      <translation>в возрасте около %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="221" />
      <source>date unknown</source>
      <translation>дата неизвестна</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="299" />
      <source>defendant</source>
      <translation>подсудимый</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="319" />
      <source>died in custody %1</source>
      <translation>смерть в заключении %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="222" />
      <source>died:</source>
      <translation>дата смерти:</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="64" />
      <source>end not known</source>
      <translation>дата окончания неизвестна</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="66" />
      <source>from</source>
      <translation>с</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="360" />
      <source>in public</source>
      <translation>открыто</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="360" />
      <source>in secret</source>
      <translation>закрыто</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="300" />
      <source>judge</source>
      <translation>судья</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="319" />
      <source>killed %1</source>
      <translation>убийство %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="301" />
      <source>named, not tried</source>
      <translation>назван, но не судим</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="299" />
      <source>presiding judge</source>
      <translation>председательствующий</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="300" />
      <source>prosecutor</source>
      <translation>обвинитель</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="319" />
      <source>shot %1</source>
      <translation>расстрел %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="432" />
      <source>the dates do not show whether on this very day</source>
      <translation>по датам не видно, на этот ли самый день</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="342" />
      <source>unknown</source>
      <translation>неизвестно</translation>
    </message>
  </context>
  <context>
    <name>PeopleTab</name>
    <message>
      <location filename="purges_desktop/qtmodels/people_model.py" line="78" />
      <source>%1 of %2 people</source>
      <translation>%1 из %2 человек</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="188" />
      <source>Also in biographies</source>
      <translation>И в биографиях</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="228" />
      <source>Any fate</source>
      <translation>Любая судьба</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="229" />
      <source>Any organ</source>
      <translation>Любой орган</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="230" />
      <source>Any trial</source>
      <translation>Любой процесс</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="124" />
      <source>Choose a person in the list, or type a name in any spelling.</source>
      <translation>Выберите человека в списке или наберите имя в любом написании.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="193" />
      <source>Clear filters</source>
      <translation>Сбросить фильтры</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="194" />
      <source>Clear search and filters</source>
      <translation>Очистить поиск и фильтры</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="224" />
      <source>Courts and procuracy</source>
      <translation>Суды и прокуратура</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="192" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="185" />
      <source>Filter by fate</source>
      <translation>Фильтр по судьбе</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="186" />
      <source>Filter by organ</source>
      <translation>Фильтр по органу</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="187" />
      <source>Filter by trial</source>
      <translation>Фильтр по процессу</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="190" />
      <source>In post on</source>
      <translation>В должности на</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="122" />
      <source>Loading…</source>
      <translation>Загрузка…</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="223" />
      <source>Military</source>
      <translation>Армия</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="191" />
      <source>Only people in post on a date</source>
      <translation>Только занимавшие должность на дату</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="123" />
      <source>People</source>
      <translation>Люди</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="196" />
      <source>Person details</source>
      <translation>Сведения о человеке</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="189" />
      <source>Search biographies, notes and places too</source>
      <translation>Искать также в биографиях, примечаниях и названиях мест</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="183" />
      <source>Search names in any spelling: Yezhov, Ezhov, Ежов…</source>
      <translation>Поиск имени в любом написании: Ежов, Yezhov, Ezhov…</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="184" />
      <source>Search people</source>
      <translation>Поиск людей</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="223" />
      <source>Secret police (all)</source>
      <translation>Органы госбезопасности (все)</translation>
    </message>
  </context>
  <context>
    <name>PeopleTableModel</name>
    <message>
      <location filename="purges_desktop/qtmodels/people_model.py" line="42" />
      <source>Born</source>
      <translation>Рождение</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/people_model.py" line="42" />
      <source>Died</source>
      <translation>Смерть</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/people_model.py" line="42" />
      <source>Fate</source>
      <translation>Судьба</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/people_model.py" line="42" />
      <source>Highest post</source>
      <translation>Высшая должность</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/people_model.py" line="42" />
      <source>Name</source>
      <translation>Имя</translation>
    </message>
  </context>
  <context>
    <name>PinPad</name>
    <message>
      <location filename="purges_desktop/views/pin_dialog.py" line="58" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pin_dialog.py" line="38" />
      <source>Confirm</source>
      <translation>Подтвердить</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pin_dialog.py" line="38" />
      <source>Delete</source>
      <translation>Стереть</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pin_dialog.py" line="32" />
      <source>Staff PIN</source>
      <translation>PIN сотрудника</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pin_dialog.py" line="52" />
      <source>Staff only: enter the PIN</source>
      <translation>Только для сотрудников: введите PIN</translation>
    </message>
  </context>
  <context>
    <name>ProblemsPanel</name>
    <message>
      <location filename="purges_desktop/views/problems_panel.py" line="77" />
      <source>%1 error(s), %2 warning(s).</source>
      <translation>Ошибок: %1, предупреждений: %2.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/problems_panel.py" line="106" />
      <source>Errors and warnings</source>
      <translation>Ошибки и предупреждения</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/problems_panel.py" line="107" />
      <source>Errors only</source>
      <translation>Только ошибки</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/problems_panel.py" line="112" />
      <source>Filter by file, message or code…</source>
      <translation>Фильтр по файлу, сообщению или коду…</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/problems_panel.py" line="113" />
      <source>Filter problems</source>
      <translation>Фильтр проблем</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/problems_panel.py" line="111" />
      <source>Filter problems by severity</source>
      <translation>Фильтр проблем по важности</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/problems_panel.py" line="114" />
      <source>Problems in the data; Enter opens the file at the line</source>
      <translation>Проблемы в данных; Enter открывает файл на нужной строке</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/problems_panel.py" line="83" />
      <source>Records with errors are left out; everything else is shown.</source>
      <translation>Записи с ошибками не показаны, всё остальное показано.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/problems_panel.py" line="80" />
      <source>The files have errors, so the window still shows the last data that loaded without errors. Fix them and save: the data reloads by itself.</source>
      <translation>В файлах есть ошибки, поэтому показаны последние данные, загруженные без ошибок. Исправьте и сохраните файлы: данные перезагрузятся сами.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/problems_panel.py" line="108" />
      <source>Warnings only</source>
      <translation>Только предупреждения</translation>
    </message>
  </context>
  <context>
    <name>ProblemsTableModel</name>
    <message>
      <location filename="purges_desktop/qtmodels/problems_model.py" line="22" />
      <source>Error</source>
      <translation>Ошибка</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/problems_model.py" line="18" />
      <source>Problem</source>
      <translation>Проблема</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/problems_model.py" line="18" />
      <source>Severity</source>
      <translation>Важность</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/problems_model.py" line="22" />
      <source>Warning</source>
      <translation>Предупреждение</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/problems_model.py" line="18" />
      <source>Where</source>
      <translation>Где</translation>
    </message>
  </context>
  <context>
    <name>TimelineTab</name>
    <message>
      <location filename="purges_desktop/views/timeline_tab.py" line="183" />
      <source>All categories</source>
      <translation>Все категории</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/timeline_tab.py" line="171" />
      <source>Event details</source>
      <translation>Сведения о событии</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/timeline_tab.py" line="170" />
      <source>Events</source>
      <translation>События</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/timeline_tab.py" line="122" />
      <source>Events from 1917 to 1953 and the rehabilitations that followed.</source>
      <translation>События 1917–1953 годов и последовавшие реабилитации.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/timeline_tab.py" line="179" />
      <source>Filter by category</source>
      <translation>Фильтр по категории</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/timeline_tab.py" line="174" />
      <source>Go to 1937…</source>
      <translation>Перейти к 1937…</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/timeline_tab.py" line="176" />
      <source>Go to a year or date</source>
      <translation>Перейти к году или дате</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/timeline_tab.py" line="173" />
      <source>Search events</source>
      <translation>Поиск событий</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/timeline_tab.py" line="172" />
      <source>Search events…</source>
      <translation>Поиск событий…</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/timeline_tab.py" line="121" />
      <source>Timeline</source>
      <translation>Хронология</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/timeline_tab.py" line="177" />
      <source>Timeline: wheel or +/- to zoom, drag or arrows to move, Page Up/Down to step through events, Enter to open</source>
      <translation>Хронология: колесо или +/− меняют масштаб, перетаскивание или стрелки сдвигают, Page Up/Down переходят по событиям, Enter открывает</translation>
    </message>
  </context>
  <context>
    <name>TrialsTab</name>
    <message>
      <location filename="purges_desktop/views/trials_tab.py" line="40" />
      <source>The show trials and the secret trials: choose one to see its bench, its defendants and what became of them.</source>
      <translation>Показательные и закрытые процессы: выберите процесс, чтобы увидеть состав суда, подсудимых и их судьбу.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/trials_tab.py" line="45" />
      <source>Trial details</source>
      <translation>Сведения о процессе</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/trials_tab.py" line="39" />
      <source>Trials</source>
      <translation>Процессы</translation>
    </message>
  </context>
  <context>
    <name>TrialsTableModel</name>
    <message>
      <location filename="purges_desktop/qtmodels/trials_model.py" line="19" />
      <source>Court</source>
      <translation>Суд</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/trials_model.py" line="20" />
      <source>Death sentences</source>
      <translation>Смертных приговоров</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/trials_model.py" line="20" />
      <source>Defendants</source>
      <translation>Подсудимые</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/trials_model.py" line="19" />
      <source>Public</source>
      <translation>Открытый</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/trials_model.py" line="19" />
      <source>Trial</source>
      <translation>Процесс</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/trials_model.py" line="19" />
      <source>Year</source>
      <translation>Год</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/trials_model.py" line="26" />
      <source>public</source>
      <translation>открытый</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/trials_model.py" line="26" />
      <source>secret</source>
      <translation>закрытый</translation>
    </message>
  </context>
</TS>
