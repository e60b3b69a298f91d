<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>AttractScreen</name>
    <message>
      <location filename="purges_desktop/views/attract.py" line="205" />
      <source>Featured person or event</source>
      <translation>Человек или событие</translation>
    </message>
  </context>
  <context>
    <name>ChartWidget</name>
    <message>
      <location filename="purges_desktop/views/charts/base.py" line="439" />
      <source>Point at an item to see its figures</source>
      <translation>Наведите указатель на элемент, чтобы увидеть цифры</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/charts/base.py" line="438" />
      <source>Touch an item to see its figures</source>
      <translation>Коснитесь элемента, чтобы увидеть цифры</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/charts/base.py" line="261" />
      <source>no data</source>
      <translation>нет данных</translation>
    </message>
  </context>
  <context>
    <name>Citing</name>
    <message>
      <location filename="purges_desktop/application/citing.py" line="64" />
      <source>Cite this page as:</source>
      <translation>Как цитировать эту страницу:</translation>
    </message>
    <message>
      <location filename="purges_desktop/application/citing.py" line="68" />
      <source>Printed from Purges Desktop %1 on %2.</source>
      <translation>Напечатано из Purges Desktop %1, дата: %2.</translation>
    </message>
  </context>
  <context>
    <name>DateBubbleChart</name>
    <message>
      <location filename="purges_desktop/views/charts/date_bubbles.py" line="335" />
      <source>%1 items from %2 to %3.</source>
      <translation>Элементов: %1, с %2 по %3.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/charts/date_bubbles.py" line="334" />
      <source>Calendar of dated items</source>
      <translation>Календарь событий</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/charts/date_bubbles.py" line="116" />
      <source>Category</source>
      <translation>Категория</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/charts/date_bubbles.py" line="116" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/charts/date_bubbles.py" line="116" />
      <source>Id</source>
      <translation>Идентификатор</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/charts/date_bubbles.py" line="116" />
      <source>People</source>
      <translation>Люди</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/charts/date_bubbles.py" line="338" />
      <source>Selected: %1.</source>
      <translation>Выбрано: %1.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/charts/date_bubbles.py" line="296" />
      <source>circle area = number of people (largest: %1)</source>
      <translation>площадь круга — число людей (наибольшее: %1)</translation>
    </message>
  </context>
  <context>
    <name>DateComparison</name>
    <message>
      <location filename="purges_desktop/views/org_compare.py" line="148" />
      <source>%1 → %2</source>
      <translation>%1 → %2</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_compare.py" line="129" />
      <source>Compare</source>
      <translation>Сравнить</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_compare.py" line="136" />
      <source>Export CSV</source>
      <translation>Экспорт в CSV</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_compare.py" line="131" />
      <source>First date</source>
      <translation>Первая дата</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_compare.py" line="146" />
      <source>Key pairs…</source>
      <translation>Пары ключевых дат…</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_compare.py" line="154" />
      <source>Loading…</source>
      <translation>Загрузка…</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_compare.py" line="135" />
      <source>Pairs of key dates</source>
      <translation>Пары ключевых дат</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_compare.py" line="137" />
      <source>Save the comparison as a CSV file</source>
      <translation>Сохранить сравнение в файл CSV</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_compare.py" line="132" />
      <source>Second date</source>
      <translation>Вторая дата</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_compare.py" line="138" />
      <source>Who stayed, left and came in each organ between the two dates</source>
      <translation>Кто остался, выбыл и пришёл в каждом органе между двумя датами</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_compare.py" line="130" />
      <source>with</source>
      <translation>с</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <location filename="purges_desktop/views/date_field.py" line="91" />
      <source>Type a date, for example %1</source>
      <translation>Введите дату, например %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/date_field.py" line="175" />
      <source>“%1” is not a date this field can read. Try %2.</source>
      <translation>«%1» не удаётся прочитать как дату. Попробуйте так: %2.</translation>
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
    <name>GlobalSearch</name>
    <message>
      <location filename="purges_desktop/views/global_search.py" line="87" />
      <source>%1 of %2</source>
      <translation>%1 из %2</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/global_search.py" line="56" />
      <source>Events</source>
      <translation>События</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/global_search.py" line="59" />
      <source>Glossary</source>
      <translation>Словарь</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/global_search.py" line="52" />
      <source>Open link</source>
      <translation>Открыть ссылку</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/global_search.py" line="54" />
      <source>Organs</source>
      <translation>Органы</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/global_search.py" line="53" />
      <source>People</source>
      <translation>Люди</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/global_search.py" line="60" />
      <source>Sources</source>
      <translation>Источники</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/global_search.py" line="57" />
      <source>Stalin's lists</source>
      <translation>Сталинские списки</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/global_search.py" line="58" />
      <source>Stories</source>
      <translation>Истории</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/global_search.py" line="55" />
      <source>Trials</source>
      <translation>Процессы</translation>
    </message>
  </context>
  <context>
    <name>GlossaryTab</name>
    <message>
      <location filename="purges_desktop/views/glossary_tab.py" line="138" />
      <source>%1 of %2 terms</source>
      <translation>%1 из %2 терминов</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/glossary_tab.py" line="110" />
      <source>Glossary</source>
      <translation>Словарь</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/glossary_tab.py" line="147" />
      <source>Glossary terms</source>
      <translation>Термины словаря</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/glossary_tab.py" line="109" />
      <source>Loading…</source>
      <translation>Загрузка…</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/glossary_tab.py" line="59" />
      <source>No terms in the data yet.</source>
      <translation>В данных пока нет терминов.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/glossary_tab.py" line="145" />
      <source>Search terms and definitions…</source>
      <translation>Поиск по терминам и определениям…</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/glossary_tab.py" line="146" />
      <source>Search the glossary</source>
      <translation>Поиск по словарю</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/glossary_tab.py" line="51" />
      <source>See also</source>
      <translation>См. также</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/glossary_tab.py" line="148" />
      <source>Term</source>
      <translation>Термин</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/glossary_tab.py" line="111" />
      <source>Words of the period, explained briefly. On every page the first mention of a term is underlined as a link: touch it to read its definition there.</source>
      <translation>Слова эпохи с краткими пояснениями. На каждой странице первое упоминание термина подчёркнуто как ссылка: нажмите на неё, чтобы прочитать определение прямо там.</translation>
    </message>
  </context>
  <context>
    <name>GlossaryTableModel</name>
    <message>
      <location filename="purges_desktop/qtmodels/glossary_model.py" line="18" />
      <source>Definition</source>
      <translation>Определение</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/glossary_model.py" line="18" />
      <source>Term</source>
      <translation>Термин</translation>
    </message>
  </context>
  <context>
    <name>HBarChart</name>
    <message>
      <location filename="purges_desktop/views/charts/hbars.py" line="201" />
      <source>Bar chart</source>
      <translation>Столбчатая диаграмма</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/charts/hbars.py" line="80" />
      <source>Id</source>
      <translation>Идентификатор</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/charts/hbars.py" line="80" />
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/charts/hbars.py" line="206" />
      <source>Selected: %1.</source>
      <translation>Выбрано: %1.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/charts/hbars.py" line="80" />
      <source>Value</source>
      <translation>Значение</translation>
    </message>
  </context>
  <context>
    <name>IdleNotice</name>
    <message>
      <location filename="purges_desktop/views/idle_notice.py" line="103" />
      <source>Still there?</source>
      <translation>Вы ещё здесь?</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/idle_notice.py" line="104" />
      <source>The exhibit returns to its start in %1 s — touch to continue</source>
      <translation>Через %1 с экспозиция вернётся к началу — коснитесь экрана, чтобы продолжить</translation>
    </message>
  </context>
  <context>
    <name>KioskHome</name>
    <message>
      <location filename="purges_desktop/views/kiosk_home.py" line="101" />
      <source>%1 of Stalin's shooting lists, with %2 names</source>
      <translation>сталинские расстрельные списки: %1, имён в них: %2</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_home.py" line="106" />
      <source>%1 organs of power: %2</source>
      <translation>органы власти (%1): %2</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_home.py" line="99" />
      <source>%1 people</source>
      <translation>%1 человек</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_home.py" line="109" />
      <source>%1 trials: %2</source>
      <translation>процессы (%1): %2</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_home.py" line="67" />
      <source>Defendants of these trials with a page here:</source>
      <translation>Подсудимых этих процессов, о которых здесь есть страница:</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_home.py" line="69" />
      <source>Events in the timeline:</source>
      <translation>Событий в хронологии:</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_home.py" line="64" />
      <source>Figures, each with its sources:</source>
      <translation>Цифр, у каждой — источники:</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_home.py" line="272" />
      <source>From 1917 to 1953 the Soviet state arrested millions of its own citizens and shot hundreds of thousands of them.</source>
      <translation>С 1917 по 1953 год советское государство арестовало миллионы собственных граждан и расстреляло сотни тысяч из них.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_home.py" line="49" />
      <source>How many were arrested and shot, year by year, with sources</source>
      <translation>Сколько людей арестовали и расстреляли, по годам, с источниками</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_home.py" line="53" />
      <source>Leaders, officials and victims: who they were, what became of them</source>
      <translation>Вожди, чиновники и жертвы: кем они были и что с ними стало</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_home.py" line="68" />
      <source>Organs of power:</source>
      <translation>Органов власти:</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_home.py" line="52" />
      <source>People</source>
      <translation>Люди</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_home.py" line="66" />
      <source>People in the exhibit:</source>
      <translation>Человек в экспозиции:</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_home.py" line="51" />
      <source>Short guided stories, one card at a time</source>
      <translation>Короткие истории, карточка за карточкой</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_home.py" line="50" />
      <source>Stories</source>
      <translation>Истории</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_home.py" line="65" />
      <source>Stories to read:</source>
      <translation>Историй:</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_home.py" line="56" />
      <source>The Politburo over time</source>
      <translation>Политбюро во времени</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_home.py" line="269" />
      <source>The Soviet purges, 1917–1953</source>
      <translation>Советские репрессии, 1917–1953</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_home.py" line="59" />
      <source>The events from 1917 to 1953, in order</source>
      <translation>События с 1917 по 1953 год по порядку</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_home.py" line="48" />
      <source>The numbers</source>
      <translation>Цифры</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_home.py" line="55" />
      <source>The show trials: defendants, charges, verdicts</source>
      <translation>Показательные процессы: подсудимые, обвинения, приговоры</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_home.py" line="54" />
      <source>The trials</source>
      <translation>Процессы</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_home.py" line="58" />
      <source>Timeline</source>
      <translation>Хронология</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_home.py" line="388" />
      <source>What this exhibit covers</source>
      <translation>Что есть в этой экспозиции</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_home.py" line="57" />
      <source>Who held power, and who vanished from it, on any date</source>
      <translation>Кто был у власти и кто из неё исчез — на любую дату</translation>
    </message>
  </context>
  <context>
    <name>KioskShell</name>
    <message>
      <location filename="purges_desktop/views/kiosk_shell.py" line="334" />
      <source>Back</source>
      <translation>Назад</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_shell.py" line="332" />
      <source>Back to the home screen</source>
      <translation>Вернуться на главный экран</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_shell.py" line="336" />
      <source>Forward</source>
      <translation>Вперёд</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_shell.py" line="335" />
      <source>Forward →</source>
      <translation>Вперёд →</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_shell.py" line="355" />
      <source>Nobody here matches this search. %1</source>
      <translation>Здесь никто не подходит под этот поиск. %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_shell.py" line="239" />
      <source>Staff only: enter the PIN</source>
      <translation>Только для сотрудников: введите PIN</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/modes.py" line="239" />
      <source>Wrong PIN. Try again.</source>
      <translation>Неверный PIN. Попробуйте ещё раз.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_shell.py" line="333" />
      <source>← Back</source>
      <translation>← Назад</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/kiosk_shell.py" line="331" />
      <source>⌂ Home</source>
      <translation>⌂ Главная</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="137" />
      <source>%1 chief</source>
      <translation>глава %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="52" />
      <source>Acquitted</source>
      <translation>Оправдательный приговор</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="74" />
      <source>Arrested</source>
      <translation>Арест</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="43" />
      <source>Candidate member</source>
      <translation>Кандидат в члены</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="48" />
      <source>Death</source>
      <translation>Высшая мера</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="40" />
      <source>Deputy</source>
      <translation>Заместитель</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="21" />
      <source>Died in custody</source>
      <translation>Смерть в заключении</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="20" />
      <source>Executed</source>
      <translation>Расстрел</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="51" />
      <source>Exile</source>
      <translation>Ссылка</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="76" />
      <source>Exiled</source>
      <translation>Ссылка</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="75" />
      <source>Expelled from the party</source>
      <translation>Исключение из партии</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="39" />
      <source>First deputy</source>
      <translation>Первый заместитель</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="38" />
      <source>General Secretary</source>
      <translation>Генеральный секретарь</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="56" />
      <source>Guilty</source>
      <translation>Признание вины</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="37" />
      <source>Head</source>
      <translation>Руководитель</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="34" />
      <source>International</source>
      <translation>Международные</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="44" />
      <source>Judge</source>
      <translation>Судья</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="24" />
      <source>Killed in action</source>
      <translation>Гибель в бою</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="50" />
      <source>Labour camp</source>
      <translation>Лагерь</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="33" />
      <source>Law and society</source>
      <translation>Право и общество</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="42" />
      <source>Member</source>
      <translation>Член</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="32" />
      <source>Military</source>
      <translation>Армия</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="22" />
      <source>Murdered</source>
      <translation>Убийство</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="25" />
      <source>Natural death</source>
      <translation>Естественная смерть</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="58" />
      <source>Not guilty</source>
      <translation>Непризнание вины</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="53" />
      <source>Other</source>
      <translation>Другое</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="57" />
      <source>Partly guilty</source>
      <translation>Частичное признание вины</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="29" />
      <source>Party</source>
      <translation>Партия</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="49" />
      <source>Prison</source>
      <translation>Тюремное заключение</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="45" />
      <source>Prosecutor</source>
      <translation>Обвинитель</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="80" />
      <source>Rehabilitated</source>
      <translation>Реабилитация</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="81" />
      <source>Reinstated in the party</source>
      <translation>Восстановление в партии</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="79" />
      <source>Released</source>
      <translation>Освобождение</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="59" />
      <source>Retracted</source>
      <translation>Отказ от показаний</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="30" />
      <source>Secret police</source>
      <translation>Госбезопасность</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="41" />
      <source>Secretary</source>
      <translation>Секретарь</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="77" />
      <source>Sentenced</source>
      <translation>Приговор</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="23" />
      <source>Suicide</source>
      <translation>Самоубийство</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="128" />
      <source>Survived repression</source>
      <translation>Пережил(а) репрессии</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="31" />
      <source>Trials</source>
      <translation>Процессы</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="26" />
      <source>Unknown</source>
      <translation>Неизвестно</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="67" />
      <source>arrested</source>
      <translation>арест</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="70" />
      <source>body reorganised</source>
      <translation>реорганизация органа</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="68" />
      <source>died</source>
      <translation>смерть</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="63" />
      <source>end of term</source>
      <translation>истечение срока</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="69" />
      <source>executed</source>
      <translation>расстрел</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="139" />
      <source>judge</source>
      <translation>судья</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="66" />
      <source>promoted</source>
      <translation>повышение</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="140" />
      <source>prosecutor</source>
      <translation>обвинитель</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="64" />
      <source>removed</source>
      <translation>снятие</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="65" />
      <source>resigned</source>
      <translation>отставка</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="138" />
      <source>senior %1 post</source>
      <translation>руководящий пост в %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="141" />
      <source>signed shooting lists</source>
      <translation>подписи на расстрельных списках</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="142" />
      <source>submitted shooting lists</source>
      <translation>представление расстрельных списков</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/labels.py" line="71" />
      <source>unknown</source>
      <translation>неизвестно</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="purges_desktop/app/application.py" line="156" />
      <source>%1 added</source>
      <translation>добавлено %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/application.py" line="158" />
      <source>%1 changed</source>
      <translation>изменено %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="353" />
      <source>%1 error(s), %2 warning(s) in the data</source>
      <translation>Ошибок в данных: %1, предупреждений: %2</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/application.py" line="157" />
      <source>%1 removed</source>
      <translation>удалено %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="319" />
      <source>&amp;Stories</source>
      <translation>&amp;Истории</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="320" />
      <source>All stories</source>
      <translation>Все истории</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="301" />
      <source>Back (Alt+Left)</source>
      <translation>Назад (Alt+←)</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/tabs.py" line="78" />
      <source>Bibliography</source>
      <translation>Библиография</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="225" />
      <source>Citation copied: %1</source>
      <translation>Ссылка для цитирования скопирована: %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="306" />
      <source>Cite…</source>
      <translation>Цитировать…</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="307" />
      <source>Copy a citation of this page</source>
      <translation>Скопировать библиографическую ссылку на эту страницу</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="304" />
      <source>Copy link</source>
      <translation>Копировать ссылку</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="305" />
      <source>Copy the link to this page (Ctrl+Shift+C)</source>
      <translation>Скопировать ссылку на эту страницу (Ctrl+Shift+C)</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/modes.py" line="98" />
      <source>Could not save: %1</source>
      <translation>Не удалось сохранить: %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="303" />
      <source>Forward (Alt+Right)</source>
      <translation>Вперёд (Alt+→)</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="302" />
      <source>Forward →</source>
      <translation>Вперёд →</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/tabs.py" line="76" />
      <source>Glossary</source>
      <translation>Словарь</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="315" />
      <source>Language of the data</source>
      <translation>Язык</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="214" />
      <source>Link copied: %1</source>
      <translation>Ссылка скопирована: %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/tabs.py" line="72" />
      <source>Map</source>
      <translation>Карта</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="317" />
      <source>Navigation</source>
      <translation>Навигация</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/modes.py" line="110" />
      <source>No editor is set ($VISUAL or $EDITOR): copied %1</source>
      <translation>Редактор не задан ($VISUAL или $EDITOR): скопировано %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/tabs.py" line="70" />
      <source>Numbers</source>
      <translation>Цифры</translation>
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
      <location filename="purges_desktop/views/main_window.py" line="310" />
      <source>Print / PDF…</source>
      <translation>Печать / PDF…</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="278" />
      <source>Print this page</source>
      <translation>Печать страницы</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="311" />
      <source>Print this page or save it as PDF, with its citation</source>
      <translation>Напечатать эту страницу или сохранить её в PDF вместе со ссылкой для цитирования</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="312" />
      <source>Print…</source>
      <translation>Печать…</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="318" />
      <source>Problems in the data</source>
      <translation>Проблемы в данных</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="299" />
      <source>Purges Desktop — the Soviet purges, 1917–1953</source>
      <translation>Purges Desktop — советские репрессии, 1917–1953</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/application.py" line="161" />
      <source>Reloaded: %1</source>
      <translation>Данные перезагружены: %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="313" />
      <source>Save as PDF in the export folder</source>
      <translation>Сохранить в PDF в папку экспорта</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/modes.py" line="94" />
      <source>Saved %1</source>
      <translation>Сохранено: %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="314" />
      <source>Search everything</source>
      <translation>Поиск по всему</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="316" />
      <source>Show problems in the data</source>
      <translation>Показать проблемы в данных</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/tabs.py" line="74" />
      <source>Stories</source>
      <translation>Истории</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/modes.py" line="82" />
      <source>The data could not be loaded: %1</source>
      <translation>Не удалось загрузить данные: %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="222" />
      <source>There is nothing to cite here yet.</source>
      <translation>Здесь пока нечего цитировать.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="248" />
      <source>There is nothing to print here yet.</source>
      <translation>Здесь пока нечего печатать.</translation>
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
      <location filename="purges_desktop/app/application.py" line="173" />
      <source>eras</source>
      <translation>периоды</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/application.py" line="168" />
      <source>events</source>
      <translation>события</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/application.py" line="175" />
      <source>figures</source>
      <translation>цифры</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/application.py" line="172" />
      <source>names on the lists</source>
      <translation>имена в списках</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/application.py" line="166" />
      <source>organs</source>
      <translation>органы</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/application.py" line="165" />
      <source>people</source>
      <translation>люди</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/application.py" line="170" />
      <source>posts</source>
      <translation>должности</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/application.py" line="171" />
      <source>shooting lists</source>
      <translation>расстрельные списки</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="354" />
      <source>showing the last good data</source>
      <translation>показаны последние исправные данные</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/application.py" line="169" />
      <source>sources</source>
      <translation>источники</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/application.py" line="174" />
      <source>tables</source>
      <translation>таблицы</translation>
    </message>
    <message>
      <location filename="purges_desktop/app/application.py" line="167" />
      <source>trials</source>
      <translation>процессы</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/main_window.py" line="300" />
      <source>← Back</source>
      <translation>← Назад</translation>
    </message>
  </context>
  <context>
    <name>MapTab</name>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="67" />
      <source>%1° N, %2° E</source>
      <translation>%1° с. ш., %2° в. д.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="363" />
      <source>1934 Central Committee, shot</source>
      <translation>ЦК 1934 года, расстреляны</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="280" />
      <source>1st category (shooting)</source>
      <translation>1-я категория (расстрел)</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="281" />
      <source>2nd (ten years)</source>
      <translation>2-я (десять лет)</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="282" />
      <source>3rd (eight years)</source>
      <translation>3-я (восемь лет)</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="361" />
      <source>All people</source>
      <translation>Все люди</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="198" />
      <source>All years</source>
      <translation>Все годы</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="367" />
      <source>Birth or death places</source>
      <translation>Места рождения или смерти</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="247" />
      <source>Buried there, as the sources give it</source>
      <translation>Похоронены там, по данным источников</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="388" />
      <source>Camps</source>
      <translation>Лагеря</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="368" />
      <source>Date: what existed then (the last position shows all years)</source>
      <translation>Дата: что существовало тогда (крайнее правое положение — все годы)</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="294" />
      <source>Everything on the map</source>
      <translation>Всё, что на карте</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="371" />
      <source>Everything on the map, or the chosen place</source>
      <translation>Всё, что на карте, или выбранное место</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="260" />
      <source>Existed</source>
      <translation>Существовал</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="259" />
      <source>Headquarters</source>
      <translation>Управление</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="387" />
      <source>Killing fields</source>
      <translation>Расстрельные полигоны</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="306" />
      <source>List parts without a place (groups of people)</source>
      <translation>Части списков без места (группы людей)</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="283" />
      <source>Lists, with the names of each category (1st / 2nd / 3rd)</source>
      <translation>Списки и число имён по категориям (1-я / 2-я / 3-я)</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="250" />
      <source>Location</source>
      <translation>Место</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="369" />
      <source>Map: wheel or +/- to zoom, drag or arrows to move, Page Up/Down to step through the markers, Enter to open; the list beside it says the same</source>
      <translation>Карта: колесо или +/- — масштаб, перетаскивание или стрелки — сдвиг, Page Up/Down — по отметкам, Enter — открыть; список рядом говорит то же самое</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="279" />
      <source>Names on the lists drawn here</source>
      <translation>Имён в списках, показанных здесь</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="313" />
      <source>Not placed (the place is not in the gazetteer)</source>
      <translation>Не нанесены на карту (места нет в справочнике)</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="362" />
      <source>People executed</source>
      <translation>Расстрелянные</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="248" />
      <source>People of this collection shot or buried there</source>
      <translation>Люди из этого собрания, расстрелянные или похороненные там</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="388" />
      <source>People's places</source>
      <translation>Места людей</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="257" />
      <source>Prisoners by year, where sources give them</source>
      <translation>Заключённые по годам, где источники приводят числа</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="276" />
      <source>Signed by</source>
      <translation>Подписал(а)</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="387" />
      <source>Stalin's lists</source>
      <translation>Сталинские списки</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="349" />
      <source>Stalin's lists by region (1st, 2nd, 3rd category; area = names)</source>
      <translation>Сталинские списки по регионам (1-я, 2-я, 3-я категория; площадь — число имён)</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="338" />
      <source>The outline joins today's borders of the fifteen successor states (Natural Earth): an approximation. Hatched: not Soviet in 1937 (the Baltic states, Bessarabia, East Prussia, South Sakhalin, the Kurils); western Ukraine and Belarus, Tuva and the Karelian Isthmus were not Soviet either but cannot be told apart in this data. No internal borders are drawn: Crimea, then the Crimean ASSR of the RSFSR, lies inside the outline like every region.</source>
      <translation>Контур объединяет нынешние границы пятнадцати государств-преемников (Natural Earth): это приближение. Штриховкой — то, что не входило в СССР в 1937 году (страны Балтии, Бессарабия, Восточная Пруссия, Южный Сахалин, Курилы); Западная Украина и Белоруссия, Тува и Карельский перешеек тоже не были советскими, но в этих данных не отделяются. Внутренние границы не показаны: Крым, тогда Крымская АССР в составе РСФСР, лежит внутри контура, как и все регионы.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="364" />
      <source>Where they died</source>
      <translation>Где умерли</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="365" />
      <source>Where they were born</source>
      <translation>Где родились</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="366" />
      <source>Which people the people's layer shows</source>
      <translation>Каких людей показывает слой «Места людей»</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="246" />
      <source>Years of use</source>
      <translation>Годы использования</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="293" />
      <source>all years</source>
      <translation>все годы</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="351" />
      <source>camp administration</source>
      <translation>управление лагеря</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="350" />
      <source>killing field</source>
      <translation>расстрельный полигон</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="331" />
      <source>largest count</source>
      <translation>наибольшее число</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="325" />
      <source>lists</source>
      <translation>списков</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="325" />
      <source>names</source>
      <translation>имён</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="245" />
      <source>none in this collection</source>
      <translation>в этом собрании таких нет</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="353" />
      <source>not Soviet in 1937</source>
      <translation>не СССР в 1937 году</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="352" />
      <source>people of this collection</source>
      <translation>люди из этого собрания</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="271" />
      <source>undated</source>
      <translation>без даты</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/map_tab.py" line="237" />
      <source>← Everything on the map</source>
      <translation>← Всё, что на карте</translation>
    </message>
  </context>
  <context>
    <name>MarkGrid</name>
    <message>
      <location filename="purges_desktop/views/charts/mark_grid.py" line="294" />
      <source>%1 marks. %2.</source>
      <translation>Отметок: %1. %2.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/charts/mark_grid.py" line="131" />
      <source>Category</source>
      <translation>Категория</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/charts/mark_grid.py" line="291" />
      <source>Grid of marks</source>
      <translation>Сетка отметок</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/charts/mark_grid.py" line="131" />
      <source>Id</source>
      <translation>Идентификатор</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/charts/mark_grid.py" line="131" />
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/charts/mark_grid.py" line="254" />
      <source>Point at a mark to see who it is; the arrow keys move between marks</source>
      <translation>Наведите указатель на отметку, чтобы узнать, кто это; стрелки переходят между отметками</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/charts/mark_grid.py" line="296" />
      <source>Selected: %1.</source>
      <translation>Выбрано: %1.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/charts/mark_grid.py" line="254" />
      <source>Touch a mark to see who it is</source>
      <translation>Коснитесь отметки, чтобы узнать, кто это</translation>
    </message>
  </context>
  <context>
    <name>NumberPages</name>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="139" />
      <source>%1 names: %2 to be shot, %3 to 10 years, %4 to 8 years.</source>
      <translation>Имён: %1; к расстрелу — %2, к 10 годам — %3, к 8 годам — %4.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="108" />
      <source>%1: the rows sum to %2, the source prints %3.</source>
      <translation>%1: сумма строк — %2, в источнике напечатано %3.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="172" />
      <source>1st</source>
      <translation>1-я</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="123" />
      <source>1st category: shooting</source>
      <translation>1-я категория: расстрел</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="177" />
      <source>1st category: shooting; 2nd: 10 years; 3rd: 8 years.</source>
      <translation>1-я категория — расстрел; 2-я — 10 лет; 3-я — 8 лет.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="172" />
      <source>2nd</source>
      <translation>2-я</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="123" />
      <source>2nd category: 10 years</source>
      <translation>2-я категория: 10 лет</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="173" />
      <source>3rd</source>
      <translation>3-я</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="124" />
      <source>3rd category: 8 years</source>
      <translation>3-я категория: 8 лет</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="173" />
      <source>All</source>
      <translation>Всего</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="175" />
      <source>All parts</source>
      <translation>Все части</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="216" />
      <source>All the lists</source>
      <translation>Все списки</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="145" />
      <source>Archive</source>
      <translation>Архив</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="144" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="131" />
      <source>List of %1</source>
      <translation>Список от %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="250" />
      <source>Lists signed:</source>
      <translation>Подписано списков:</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="176" />
      <source>Names by part and category</source>
      <translation>Имена по частям и категориям</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="186" />
      <source>Note on the sources</source>
      <translation>Об источниках</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="207" />
      <source>On Stalin's lists</source>
      <translation>В сталинских списках</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="182" />
      <source>Other lists of the same day</source>
      <translation>Другие списки того же дня</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="172" />
      <source>Part</source>
      <translation>Часть</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="170" />
      <source>People of this collection on the list</source>
      <translation>Люди из этого собрания в списке</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="151" />
      <source>Sent by (NKVD)</source>
      <translation>Представил (НКВД)</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="149" />
      <source>Signatures as written</source>
      <translation>Подписи, как они записаны</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="212" />
      <source>Signed %1 of the lists of people to be sentenced that the NKVD sent to the Politburo (Memorial's count): %2 names, %3 of them in the 1st category (shooting).</source>
      <translation>Подписал(а) %1 из списков лиц, подлежащих суду, направленных НКВД в Политбюро (по подсчёту «Мемориала»): %2 имён, из них %3 — по 1-й категории (расстрел).</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="215" />
      <source>Signed Stalin's lists</source>
      <translation>Подписи под сталинскими списками</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="147" />
      <source>Signed in the Politburo by</source>
      <translation>Подписали в Политбюро</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="107" />
      <source>The rows do not add up to the printed total</source>
      <translation>Сумма строк не совпадает с напечатанным итогом</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="130" />
      <source>Undated list (Memorial's no. %1)</source>
      <translation>Список без даты (№ %1 у «Мемориала»)</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="163" />
      <source>name crossed out on the list</source>
      <translation>имя в списке вычеркнуто</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="47" />
      <source>no data</source>
      <translation>нет данных</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="70" />
      <source>note</source>
      <translation>примечание</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="165" />
      <source>probable match</source>
      <translation>вероятное совпадение</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="203" />
      <source>signed by</source>
      <translation>подписали</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="78" />
      <source>sources</source>
      <translation>источники</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/number_pages.py" line="144" />
      <source>undated</source>
      <translation>без даты</translation>
    </message>
  </context>
  <context>
    <name>NumbersTab</name>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="407" />
      <source>%1 lists are dated.</source>
      <translation>Датировано списков: %1.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="396" />
      <source>%1 lists, %2 names: %3 in the 1st category (shooting), %4 in the 2nd (10 years), %5 in the 3rd (8 years). A person may stand on more than one list.</source>
      <translation>Списков: %1, имён: %2; по 1-й категории (расстрел) — %3, по 2-й (10 лет) — %4, по 3-й (8 лет) — %5. Один человек может значиться в нескольких списках.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="425" />
      <source>%1 of the %2 seats are recorded here, each coloured by what became of the person. Touch a mark to open the person.</source>
      <translation>Здесь записано %1 из %2 мест; цвет показывает, что стало с человеком. Коснитесь знака, чтобы открыть страницу человека.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="380" />
      <source>%1: %2 list(s), %3 names, %4 of them to be shot</source>
      <translation>%1: списков — %2, имён — %3, из них к расстрелу — %4</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="422" />
      <source>%1: %2 seats, members and candidates</source>
      <translation>%1: мест — %2, члены и кандидаты</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="463" />
      <source>1937–1938</source>
      <translation>1937–1938</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="443" />
      <source>A seat not yet recorded in this collection</source>
      <translation>Место, ещё не записанное в этом собрании</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="479" />
      <source>A shooting list</source>
      <translation>Расстрельный список</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="319" />
      <source>Before, after and beyond the Great Terror</source>
      <translation>До, после и за пределами Большого террора</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="463" />
      <source>By year</source>
      <translation>По годам</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="388" />
      <source>Category</source>
      <translation>Категория</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="436" />
      <source>Commanders in this collection, by what became of them</source>
      <translation>Военачальники из этого собрания и их судьбы</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="388" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="367" />
      <source>Figure</source>
      <translation>Показатель</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="470" />
      <source>Figures and their sources</source>
      <translation>Цифры и их источники</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="370" />
      <source>From August 1937 the NKVD worked to quotas: Order No. 00447 against former kulaks and 'anti-Soviet elements', and operations against whole nationalities. Limits set in Moscow against what was done:</source>
      <translation>С августа 1937 года НКВД действовал по лимитам: приказ № 00447 против бывших кулаков и «антисоветских элементов» и операции против целых национальностей. Лимиты, установленные в Москве, и то, что было сделано:</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="347" />
      <source>Great Terror</source>
      <translation>Большой террор</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="359" />
      <source>In 1937 and 1938 the security police convicted and sentenced to death more people than in any other years from 1921 to 1952 (see "By year"). Each number below says exactly what it counts and who counted it; touch "sources" to see where it comes from.</source>
      <translation>В 1937 и 1938 годах органы госбезопасности осудили и приговорили к расстрелу больше людей, чем в любые другие годы с 1921 по 1952 (см. «По годам»). У каждой цифры ниже сказано, что именно и кто считал; коснитесь «источники», чтобы увидеть, откуда она.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="401" />
      <source>In 1937–1938 the NKVD sent the Politburo lists of people whose sentence — mostly death — was decided before the Military Collegium met. Stalin and his closest colleagues signed them. Touch a circle to open a list, a name to open the person.</source>
      <translation>В 1937–1938 годах НКВД направлял в Политбюро списки людей, приговор которым — чаще всего расстрел — определялся до заседания Военной коллегии. Их подписывали Сталин и его ближайшие соратники. Коснитесь круга, чтобы открыть список, имени — чтобы открыть человека.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="438" />
      <source>In June 1937 Marshal Tukhachevsky and seven commanders were tried in secret and shot the same day; the purge of the Red Army followed.</source>
      <translation>В июне 1937 года маршал Тухачевский и семь военачальников были осуждены на закрытом процессе и в тот же день расстреляны; за этим последовала чистка Красной армии.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="393" />
      <source>Lists</source>
      <translation>Списки</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="392" />
      <source>Lists signed, by member of the Politburo</source>
      <translation>Подписанные списки по членам Политбюро</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="299" />
      <source>Loading…</source>
      <translation>Загрузка…</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="464" />
      <source>Mass operations</source>
      <translation>Массовые операции</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="408" />
      <source>Memorial's published counts:</source>
      <translation>Опубликованные «Мемориалом» подсчёты:</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="466" />
      <source>More figures</source>
      <translation>Другие цифры</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="385" />
      <source>Mostly 1st category (shooting)</source>
      <translation>В основном 1-я категория (расстрел)</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="386" />
      <source>Mostly 2nd and 3rd categories (prison)</source>
      <translation>В основном 2-я и 3-я категории (заключение)</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="388" />
      <source>Names</source>
      <translation>Имена</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="416" />
      <source>Not yet recorded in this collection</source>
      <translation>Ещё не записаны в этом собрании</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="366" />
      <source>Order No. 00447 and the national operations</source>
      <translation>Приказ № 00447 и национальные операции</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="321" />
      <source>Other published numbers of the period: earlier and later operations, releases and rehabilitations.</source>
      <translation>Другие опубликованные цифры периода: более ранние и поздние операции, освобождения и реабилитации.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="367" />
      <source>People</source>
      <translation>Люди</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="475" />
      <source>Save the chart as %1</source>
      <translation>Сохранить диаграмму как %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="473" />
      <source>Show the chart's numbers as a table</source>
      <translation>Показать цифры диаграммы таблицей</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="393" />
      <source>Signed by</source>
      <translation>Подписал(а)</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="464" />
      <source>Stalin's lists</source>
      <translation>Сталинские списки</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="387" />
      <source>Stalin's lists by day (circle size: names on the day's lists)</source>
      <translation>Сталинские списки по дням (размер круга — число имён в списках дня)</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="405" />
      <source>Stalin’s shooting lists</source>
      <translation>Сталинские расстрельные списки</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="472" />
      <source>Table</source>
      <translation>Таблица</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="465" />
      <source>The 1934 Central Committee</source>
      <translation>ЦК 1934 года</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="357" />
      <source>The Great Terror, 1937–1938</source>
      <translation>Большой террор, 1937–1938</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="465" />
      <source>The Red Army</source>
      <translation>Красная армия</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="477" />
      <source>The numbers of: %1</source>
      <translation>Цифры диаграммы: %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="351" />
      <source>Totals for the whole period, from other reports (never added to the yearly table: each counts differently).</source>
      <translation>Итоги за весь период по другим отчётам (никогда не складываются с годовой таблицей: каждый считает по-своему).</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="332" />
      <source>What each number counts, and its sources</source>
      <translation>Что считает каждая цифра и её источники</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="478" />
      <source>Which yearly table</source>
      <translation>Какая годовая таблица</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="445" />
      <source>candidate member</source>
      <translation>кандидат в члены</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/numbers_tab.py" line="445" />
      <source>member</source>
      <translation>член</translation>
    </message>
  </context>
  <context>
    <name>OrgChartCanvas</name>
    <message>
      <location filename="purges_desktop/views/org_canvas.py" line="349" />
      <source>%1: of the %2 people recorded here: %3.</source>
      <translation>%1: из %2 человек, внесённых в эти данные: %3.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_canvas.py" line="367" />
      <source>Chiefs of the secret police</source>
      <translation>Руководители органов госбезопасности</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_canvas.py" line="436" />
      <source>Click a card to open the person in the People tab.</source>
      <translation>Нажмите на карточку, чтобы открыть человека на вкладке «Люди».</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_canvas.py" line="283" />
      <source>Double frame and %1: took part in carrying out the repression (a post in the secret police, judge, prosecutor, signed or submitted shooting lists). The colour is still their own later fate.</source>
      <translation>Двойная рамка и %1: участие в проведении репрессий (должность в органах госбезопасности, судья, обвинитель, подписи на расстрельных списках или их представление). Цвет по-прежнему показывает дальнейшую судьбу самого человека.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_canvas.py" line="352" />
      <source>Published figure: %1 (%2).</source>
      <translation>Опубликованная цифра: %1 (%2).</translation>
    </message>
  </context>
  <context>
    <name>OrgTab</name>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="187" />
      <source>As of</source>
      <translation>На дату</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="265" />
      <source>Chart</source>
      <translation>Схема</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="193" />
      <source>Chart of the organs on the chosen date: arrows move between cards, Enter opens the person, + and - zoom</source>
      <translation>Схема органов на выбранную дату: стрелки переходят между карточками, Enter открывает человека, + и − меняют масштаб</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="201" />
      <source>Click a card to open the person in the People tab.</source>
      <translation>Нажмите на карточку, чтобы открыть человека на вкладке «Люди».</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="203" />
      <source>Compare two dates</source>
      <translation>Сравнить две даты</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="204" />
      <source>Compare two dates: who stayed, who left and who came</source>
      <translation>Сравнить две даты: кто остался, кто выбыл и кто пришёл</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="200" />
      <source>Dashed border: the dates do not show whether the post was held on this very day.</source>
      <translation>Пунктирная рамка: по датам нельзя сказать, занимал ли человек должность именно в этот день.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="190" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="189" />
      <source>Date slider, 1917 to 1953</source>
      <translation>Выбор даты, 1917–1953</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="205" />
      <source>Export CSV</source>
      <translation>Экспорт в CSV</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="191" />
      <source>Jump to a key date</source>
      <translation>Перейти к ключевой дате</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="233" />
      <source>Key dates…</source>
      <translation>Ключевые даты…</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="195" />
      <source>Larger cards</source>
      <translation>Крупнее</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="243" />
      <source>Loading…</source>
      <translation>Загрузка…</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="192" />
      <source>Organs and their members on the chosen date</source>
      <translation>Органы и их состав на выбранную дату</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="206" />
      <source>Save the members of every organ on this date as a CSV file</source>
      <translation>Сохранить состав всех органов на эту дату в файл CSV</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="196" />
      <source>Smaller cards</source>
      <translation>Мельче</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="266" />
      <source>Switch between the chart and a text list</source>
      <translation>Переключить схему и текстовый список</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/org_tab.py" line="265" />
      <source>Text list</source>
      <translation>Текстом</translation>
    </message>
  </context>
  <context>
    <name>PageMenu</name>
    <message>
      <location filename="purges_desktop/views/page_menu.py" line="35" />
      <source>APA (7th ed.)</source>
      <translation>APA (7-е изд.)</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/page_menu.py" line="33" />
      <source>Chicago (17th ed.)</source>
      <translation>Чикагский стиль (17-е изд.)</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/page_menu.py" line="106" />
      <source>Cite this page</source>
      <translation>Цитировать эту страницу</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/page_menu.py" line="112" />
      <source>Cite this source</source>
      <translation>Цитировать этот источник</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/page_menu.py" line="94" />
      <source>Copy</source>
      <translation>Копировать</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/page_menu.py" line="105" />
      <source>Copy link</source>
      <translation>Копировать ссылку</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/page_menu.py" line="36" />
      <source>GOST R 7.0.100-2018</source>
      <translation>ГОСТ Р 7.0.100-2018</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/page_menu.py" line="34" />
      <source>MLA (9th ed.)</source>
      <translation>MLA (9-е изд.)</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/page_menu.py" line="114" />
      <source>Print…</source>
      <translation>Печать…</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/page_menu.py" line="98" />
      <source>Select All</source>
      <translation>Выделить всё</translation>
    </message>
  </context>
  <context>
    <name>Pages</name>
    <message>
      <location filename="purges_desktop/views/compare_pages.py" line="155" />
      <source>%1 and %2</source>
      <translation>%1 и %2</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/compare_pages.py" line="59" />
      <source>%1 compared with %2</source>
      <translation>%1 в сравнении с %2</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/compare_pages.py" line="68" />
      <source>%1 left, %2 came, %3 stayed</source>
      <translation>выбыли: %1, пришли: %2, остались: %3</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="529" />
      <source>%1 seats held on this date; later fates:</source>
      <translation>Мест, занятых на эту дату: %1; дальнейшие судьбы:</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="559" />
      <source>%1: of the %2 people recorded here:</source>
      <translation>%1: из %2 человек, внесённых в эти данные:</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="193" />
      <source>(%1 years)</source>
      <translation>(%1 лет)</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="436" />
      <source>Also known as</source>
      <translation>Также известен как</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="345" />
      <source>Also written</source>
      <translation>Другие написания</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="295" />
      <source>Biography</source>
      <translation>Биография</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="270" />
      <source>Born:</source>
      <translation>Дата рождения:</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/compare_pages.py" line="78" />
      <source>Came</source>
      <translation>Пришли</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="463" />
      <source>Charges</source>
      <translation>Обвинение</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="176" />
      <source>Content note</source>
      <translation>Предупреждение о содержании</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="446" />
      <source>Court</source>
      <translation>Суд</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="459" />
      <source>Criminal Code articles</source>
      <translation>Статьи Уголовного кодекса</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="466" />
      <source>Defendant</source>
      <translation>Подсудимый</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="470" />
      <source>Defendants</source>
      <translation>Подсудимые</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="322" />
      <source>Each bar runs from 1917 to 1953; its coloured part is the time in the post.</source>
      <translation>Каждая полоса охватывает 1917–1953 годы; цветная часть — время в этой должности.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="342" />
      <source>Events</source>
      <translation>События</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/compare_pages.py" line="137" />
      <source>Fate</source>
      <translation>Судьба</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="287" />
      <source>From the posts, trials and shooting lists recorded here.</source>
      <translation>По должностям, процессам и расстрельным спискам, внесённым в эти данные.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="448" />
      <source>Held</source>
      <translation>Заседания</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="75" />
      <source>How to read dates: “1940?” the sources are not sure of it; “c. 1937” about then; “?” not known.</source>
      <translation>Как читать даты: «1940?» — источники в дате не уверены; «около 1937» — приблизительно; «?» — неизвестно.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="452" />
      <source>Judges</source>
      <translation>Судьи</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/compare_pages.py" line="78" />
      <source>Left</source>
      <translation>Выбыли</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/compare_pages.py" line="160" />
      <source>Lives and posts on one axis, %1 to %2 (grey: the life; coloured: each post, in the colour of the person’s fate)</source>
      <translation>Жизнь и должности на одной оси, %1–%2 (серым — годы жизни; цветом — каждая должность, в цвете судьбы человека)</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="475" />
      <source>Named but not tried</source>
      <translation>Названы, но не судимы</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="242" />
      <source>No portrait</source>
      <translation>Портрета нет</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="153" />
      <source>No source is cited for this record.</source>
      <translation>У этой записи нет ссылки на источник.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="171" />
      <source>Note on the sources</source>
      <translation>Об источниках</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/compare_pages.py" line="143" />
      <source>On %1 of Stalin’s shooting lists</source>
      <translation>В сталинских расстрельных списках: %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/compare_pages.py" line="162" />
      <source>On one axis</source>
      <translation>На одной оси</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="480" />
      <source>On the timeline</source>
      <translation>На ленте времени</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="500" />
      <source>Organs</source>
      <translation>Органы</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="464" />
      <source>Outcome</source>
      <translation>Итог</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="285" />
      <source>Part in the repression</source>
      <translation>Участие в репрессиях</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="497" />
      <source>People</source>
      <translation>Люди</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="467" />
      <source>Plea</source>
      <translation>Позиция на суде</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="246" />
      <source>Portrait of %1</source>
      <translation>Портрет: %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="323" />
      <source>Posts held</source>
      <translation>Должности</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="450" />
      <source>Presiding judge</source>
      <translation>Председательствующий</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="454" />
      <source>Prosecutor</source>
      <translation>Обвинитель</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="467" />
      <source>Rehabilitated</source>
      <translation>Реабилитация</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="308" />
      <source>Repression</source>
      <translation>Репрессии</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="467" />
      <source>Sentence</source>
      <translation>Приговор</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="153" />
      <source>Sources</source>
      <translation>Источники</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/compare_pages.py" line="79" />
      <source>Stayed</source>
      <translation>Остались</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/compare_pages.py" line="177" />
      <source>The data records no organ or trial they shared.</source>
      <translation>В данных нет ни органа, ни процесса, общих для обоих.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/compare_pages.py" line="65" />
      <source>The data records nobody in post on either date.</source>
      <translation>В данных нет ни одного человека, занимавшего должность на какую-либо из этих дат.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="532" />
      <source>The data records nobody in post on this date.</source>
      <translation>На эту дату в данных никто не значится.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/compare_pages.py" line="175" />
      <source>Together</source>
      <translation>Вместе</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/compare_pages.py" line="141" />
      <source>Trials</source>
      <translation>Процессы</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/compare_pages.py" line="61" />
      <source>Who sat in each organ on the first date and no longer on the second (with the recorded end of the post and the person’s fate), who came, and who stayed, as the data records them.</source>
      <translation>Кто состоял в каждом органе на первую дату и уже не состоял на вторую (с датой окончания полномочий и судьбой человека), кто пришёл и кто остался — по этим данным.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/compare_pages.py" line="131" />
      <source>aged %1</source>
      <translation>в возрасте %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/compare_pages.py" line="131" />
      <source>aged about %1</source>
      <translation>в возрасте около %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="273" />
      <source>date unknown</source>
      <translation>дата неизвестна</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="377" />
      <source>defendant</source>
      <translation>подсудимый</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="398" />
      <source>died in custody %1</source>
      <translation>смерть в заключении %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="274" />
      <source>died:</source>
      <translation>дата смерти:</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="81" />
      <source>end not known</source>
      <translation>дата окончания неизвестна</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="83" />
      <source>from</source>
      <translation>с</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="448" />
      <source>in public</source>
      <translation>открыто</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="448" />
      <source>in secret</source>
      <translation>закрыто</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="378" />
      <source>judge</source>
      <translation>судья</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="397" />
      <source>killed %1</source>
      <translation>убийство %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="379" />
      <source>named, not tried</source>
      <translation>назван, но не судим</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="523" />
      <source>no exact dates: perhaps not on this very day</source>
      <translation>точных дат нет: возможно, не в этот самый день</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/compare_pages.py" line="73" />
      <source>nobody</source>
      <translation>никто</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/compare_pages.py" line="44" />
      <source>post ended %1</source>
      <translation>полномочия прекращены %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="377" />
      <source>presiding judge</source>
      <translation>председательствующий</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="378" />
      <source>prosecutor</source>
      <translation>обвинитель</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="397" />
      <source>shot %1</source>
      <translation>расстрел %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="421" />
      <source>unknown</source>
      <translation>неизвестно</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="458" />
      <source>what Article 58 punished</source>
      <translation>что каралось по 58-й статье</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pages.py" line="359" />
      <source>… and %1 more, not listed here (the data files and the CSV export hold them all).</source>
      <translation>… и ещё %1, здесь не перечисленных (все они есть в файлах данных и в экспорте CSV).</translation>
    </message>
  </context>
  <context>
    <name>PeopleTab</name>
    <message>
      <location filename="purges_desktop/qtmodels/people_model.py" line="85" />
      <source>%1 of %2 people</source>
      <translation>%1 из %2 человек</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="273" />
      <source>Also in biographies</source>
      <translation>И в биографиях</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="320" />
      <source>Any fate</source>
      <translation>Любая судьба</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="321" />
      <source>Any organ</source>
      <translation>Любой орган</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="322" />
      <source>Any trial</source>
      <translation>Любой процесс</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="158" />
      <source>Choose a person in the list, or type a name in any spelling.</source>
      <translation>Выберите человека в списке или наберите имя в любом написании.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="285" />
      <source>Clear filters</source>
      <translation>Сбросить фильтры</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="286" />
      <source>Clear search and filters</source>
      <translation>Очистить поиск и фильтры</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="316" />
      <source>Courts and procuracy</source>
      <translation>Суды и прокуратура</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="277" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="278" />
      <source>Export CSV</source>
      <translation>Экспорт в CSV</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="270" />
      <source>Filter by fate</source>
      <translation>Фильтр по судьбе</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="271" />
      <source>Filter by organ</source>
      <translation>Фильтр по органу</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="272" />
      <source>Filter by trial</source>
      <translation>Фильтр по процессу</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="275" />
      <source>In post on</source>
      <translation>В должности на</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="152" />
      <source>Loading…</source>
      <translation>Загрузка…</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="315" />
      <source>Military</source>
      <translation>Армия</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="159" />
      <source>Narrow the list by fate, by organ, by trial or by a date on which a post was held.</source>
      <translation>Список можно сузить по судьбе, органу, процессу или дате, когда человек занимал должность.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="276" />
      <source>Only people in post on a date</source>
      <translation>Только занимавшие должность на дату</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="282" />
      <source>Part in the repression: held a post in the secret police (Cheka to MVD), judged or prosecuted, or signed or submitted Stalin's shooting lists, as recorded here. The fate beside it is what happened to them.</source>
      <translation>Участие в репрессиях: должность в органах госбезопасности (от ВЧК до МВД), участие в суде как судья или обвинитель, подписи на сталинских расстрельных списках или их представление — по данным, внесённым сюда. Судьба рядом — то, что случилось с самим человеком.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="160" />
      <source>People</source>
      <translation>Люди</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="288" />
      <source>Person details</source>
      <translation>Сведения о человеке</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="279" />
      <source>Save the list as shown (filtered and sorted) as a CSV file</source>
      <translation>Сохранить список в нынешнем виде (с фильтрами и сортировкой) в файл CSV</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="274" />
      <source>Search biographies, notes and places too</source>
      <translation>Искать также в биографиях, примечаниях и названиях мест</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="267" />
      <source>Search names in any spelling: Yezhov, Ezhov, Ежов…</source>
      <translation>Поиск имени в любом написании: Ежов, Yezhov, Ezhov…</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="269" />
      <source>Search people</source>
      <translation>Поиск людей</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="315" />
      <source>Secret police (all)</source>
      <translation>Органы госбезопасности (все)</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="162" />
      <source>Start with</source>
      <translation>С кого начать</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/people_tab.py" line="280" />
      <source>To compare two people side by side, Ctrl+click a second name.</source>
      <translation>Чтобы сравнить двух людей, щёлкните второе имя, удерживая Ctrl.</translation>
    </message>
  </context>
  <context>
    <name>PeopleTableModel</name>
    <message>
      <location filename="purges_desktop/qtmodels/people_model.py" line="46" />
      <source>Born</source>
      <translation>Рождение</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/people_model.py" line="46" />
      <source>Died</source>
      <translation>Смерть</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/people_model.py" line="46" />
      <source>Fate</source>
      <translation>Судьба</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/people_model.py" line="47" />
      <source>Highest post</source>
      <translation>Высшая должность</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/people_model.py" line="46" />
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/people_model.py" line="46" />
      <source>Part in the repression</source>
      <translation>Участие в репрессиях</translation>
    </message>
  </context>
  <context>
    <name>PinPad</name>
    <message>
      <location filename="purges_desktop/views/pin_dialog.py" line="77" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pin_dialog.py" line="84" />
      <source>Checking…</source>
      <translation>Проверка…</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pin_dialog.py" line="48" />
      <source>Confirm</source>
      <translation>Подтвердить</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pin_dialog.py" line="48" />
      <source>Delete</source>
      <translation>Стереть</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pin_dialog.py" line="41" />
      <source>Staff PIN</source>
      <translation>PIN сотрудника</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pin_dialog.py" line="68" />
      <source>Staff only: enter the PIN</source>
      <translation>Только для сотрудников: введите PIN</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/pin_dialog.py" line="123" />
      <source>Too many wrong PINs. Try again in %1.</source>
      <translation>Слишком много неверных PIN-кодов. Повторите через %1.</translation>
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
    <name>SearchField</name>
    <message>
      <location filename="purges_desktop/views/global_search.py" line="307" />
      <source>Names in any spelling, titles, dates, list numbers, or a link such as person/bukharin (Ctrl+K)</source>
      <translation>Имена в любом написании, названия, даты, номера списков или ссылка вида person/bukharin (Ctrl+K)</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/global_search.py" line="305" />
      <source>Search everything (Ctrl+K)</source>
      <translation>Поиск по всему (Ctrl+K)</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/global_search.py" line="306" />
      <source>Search people, organs, trials, events, lists and sources</source>
      <translation>Поиск людей, органов, процессов, событий, списков и источников</translation>
    </message>
  </context>
  <context>
    <name>SearchResults</name>
    <message>
      <location filename="purges_desktop/views/global_search.py" line="176" />
      <source>Nothing found</source>
      <translation>Ничего не найдено</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/global_search.py" line="246" />
      <source>Search results</source>
      <translation>Результаты поиска</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/global_search.py" line="198" />
      <source>≈ found by forgiving one letter</source>
      <translation>≈ найдено с поправкой на одну букву</translation>
    </message>
  </context>
  <context>
    <name>SourcesTab</name>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="279" />
      <source>%1 of %2 sources</source>
      <translation>%1 из %2 источников</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="231" />
      <source>%1 of %2 sources, by kind:</source>
      <translation>Источников: %1 из %2; по видам:</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="229" />
      <source>%1 sources, by kind:</source>
      <translation>Источников: %1; по видам:</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="131" />
      <source>Address</source>
      <translation>Адрес</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="71" />
      <source>Archive documents</source>
      <translation>Архивные документы</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="129" />
      <source>Author</source>
      <translation>Автор</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="314" />
      <source>BibTeX</source>
      <translation>BibTeX</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="233" />
      <source>Bibliography</source>
      <translation>Библиография</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="115" />
      <source>Cited by</source>
      <translation>На него ссылаются</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="73" />
      <source>Encyclopedias</source>
      <translation>Энциклопедии</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="59" />
      <source>Events</source>
      <translation>События</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="234" />
      <source>Every fact in this app cites its sources. Choose a source to see how to cite it and which people, trials, events and numbers rest on it.</source>
      <translation>Каждый факт в этой программе ссылается на источники. Выберите источник, чтобы узнать, как его цитировать и какие люди, процессы, события и цифры на нём основаны.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="299" />
      <source>Every kind</source>
      <translation>Все виды</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="66" />
      <source>Glossary terms</source>
      <translation>Термины словаря</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="65" />
      <source>Guided stories</source>
      <translation>Истории с путеводителем</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="140" />
      <source>How to cite it</source>
      <translation>Как его цитировать</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="131" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="313" />
      <source>Kind of source</source>
      <translation>Вид источника</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="224" />
      <source>Loading…</source>
      <translation>Загрузка…</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="75" />
      <source>Memoirs</source>
      <translation>Воспоминания</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="64" />
      <source>Names on the shooting lists</source>
      <translation>Имена в расстрельных списках</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="115" />
      <source>No record of the dataset cites this source.</source>
      <translation>Ни одна запись данных не ссылается на этот источник.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="138" />
      <source>Note</source>
      <translation>Примечание</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="57" />
      <source>Organs</source>
      <translation>Органы</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="77" />
      <source>Other</source>
      <translation>Другое</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="54" />
      <source>People</source>
      <translation>Люди</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="60" />
      <source>Periods of the timeline</source>
      <translation>Периоды хронологии</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="56" />
      <source>Posts</source>
      <translation>Должности</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="74" />
      <source>Press</source>
      <translation>Пресса</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="62" />
      <source>Published figures</source>
      <translation>Опубликованные цифры</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="129" />
      <source>Publisher</source>
      <translation>Издатель</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="316" />
      <source>RIS</source>
      <translation>RIS</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="132" />
      <source>Read at</source>
      <translation>Прочитано на</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="315" />
      <source>Save the sources listed as BibTeX (.bib) in the export folder</source>
      <translation>Сохранить показанные источники в формате BibTeX (.bib) в папку экспорта</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="317" />
      <source>Save the sources listed as RIS (.ris: Zotero, EndNote, Mendeley) in the export folder</source>
      <translation>Сохранить показанные источники в формате RIS (.ris: Zotero, EndNote, Mendeley) в папку экспорта</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="72" />
      <source>Scholarly works</source>
      <translation>Научные работы</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="310" />
      <source>Search sources</source>
      <translation>Поиск источников</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="309" />
      <source>Search titles, authors, publishers, years…</source>
      <translation>Поиск по названиям, авторам, издателям, годам…</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="63" />
      <source>Shooting lists</source>
      <translation>Расстрельные списки</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="312" />
      <source>Source details</source>
      <translation>Сведения об источнике</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="311" />
      <source>Sources</source>
      <translation>Источники</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="55" />
      <source>Steps of repression</source>
      <translation>Этапы репрессий</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="61" />
      <source>Tables of numbers</source>
      <translation>Таблицы цифр</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="129" />
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="58" />
      <source>Trials</source>
      <translation>Процессы</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="76" />
      <source>Web pages</source>
      <translation>Веб-страницы</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="130" />
      <source>Year</source>
      <translation>Год</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="163" />
      <source>not cited</source>
      <translation>нет ссылок</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/sources_tab.py" line="163" />
      <source>records citing it: %1</source>
      <translation>ссылающихся записей: %1</translation>
    </message>
  </context>
  <context>
    <name>SourcesTableModel</name>
    <message>
      <location filename="purges_desktop/qtmodels/sources_model.py" line="37" />
      <source>Author</source>
      <translation>Автор</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/sources_model.py" line="37" />
      <source>Cited by</source>
      <translation>На него ссылаются</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/sources_model.py" line="37" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/sources_model.py" line="37" />
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/sources_model.py" line="37" />
      <source>Year</source>
      <translation>Год</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/sources_model.py" line="17" />
      <source>archive document</source>
      <translation>архивный документ</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/sources_model.py" line="19" />
      <source>encyclopedia</source>
      <translation>энциклопедия</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/sources_model.py" line="21" />
      <source>memoir</source>
      <translation>воспоминания</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/sources_model.py" line="20" />
      <source>press</source>
      <translation>пресса</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/sources_model.py" line="18" />
      <source>scholarly work</source>
      <translation>научная работа</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/sources_model.py" line="22" />
      <source>web page</source>
      <translation>веб-страница</translation>
    </message>
  </context>
  <context>
    <name>StoriesTab</name>
    <message>
      <location filename="purges_desktop/views/stories_tab.py" line="320" />
      <source>%1 / %2</source>
      <translation>%1 / %2</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/stories_tab.py" line="322" />
      <source>Card %1 of %2</source>
      <translation>Карточка %1 из %2</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/stories_tab.py" line="254" />
      <source>Next card</source>
      <translation>Следующая карточка</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/stories_tab.py" line="253" />
      <source>Next ›</source>
      <translation>Далее ›</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/stories_tab.py" line="303" />
      <source>No stories in the data yet.</source>
      <translation>В данных пока нет историй.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/stories_tab.py" line="334" />
      <source>Open</source>
      <translation>Открыть</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/stories_tab.py" line="334" />
      <source>Open: %1</source>
      <translation>Открыть: %1</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/stories_tab.py" line="252" />
      <source>Previous card</source>
      <translation>Предыдущая карточка</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/stories_tab.py" line="248" />
      <source>Short guided tours through the data: each card tells one step and opens the person, event, trial or number it is about.</source>
      <translation>Короткие экскурсии по данным: каждая карточка рассказывает об одном шаге и открывает человека, событие, процесс или цифру, о которых идёт речь.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/stories_tab.py" line="247" />
      <source>Stories</source>
      <translation>Истории</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/stories_tab.py" line="255" />
      <source>Story reader</source>
      <translation>Чтение истории</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/stories_tab.py" line="251" />
      <source>‹ Back</source>
      <translation>‹ Назад</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/stories_tab.py" line="250" />
      <source>← All stories</source>
      <translation>← Все истории</translation>
    </message>
  </context>
  <context>
    <name>StoryTile</name>
    <message>
      <location filename="purges_desktop/views/stories_tab.py" line="76" />
      <source>Cards: %1</source>
      <translation>Карточек: %1</translation>
    </message>
  </context>
  <context>
    <name>TermPopup</name>
    <message>
      <location filename="purges_desktop/views/term_popup.py" line="116" />
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/term_popup.py" line="117" />
      <source>Close the definition</source>
      <translation>Закрыть определение</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/term_popup.py" line="115" />
      <source>More in the glossary</source>
      <translation>Подробнее в словаре</translation>
    </message>
  </context>
  <context>
    <name>TimelineTab</name>
    <message>
      <location filename="purges_desktop/views/timeline_tab.py" line="199" />
      <source>All categories</source>
      <translation>Все категории</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/timeline_tab.py" line="186" />
      <source>Event details</source>
      <translation>Сведения о событии</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/timeline_tab.py" line="185" />
      <source>Events</source>
      <translation>События</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/timeline_tab.py" line="138" />
      <source>Events from 1917 to 1953 and the rehabilitations that followed.</source>
      <translation>События 1917–1953 годов и последовавшие реабилитации.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/timeline_tab.py" line="195" />
      <source>Filter by category</source>
      <translation>Фильтр по категории</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/timeline_tab.py" line="192" />
      <source>Go to a year or date</source>
      <translation>Перейти к году или дате</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/timeline_tab.py" line="189" />
      <source>Go to:</source>
      <translation>Перейти к:</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/timeline_tab.py" line="188" />
      <source>Search events</source>
      <translation>Поиск событий</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/timeline_tab.py" line="187" />
      <source>Search events…</source>
      <translation>Поиск событий…</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/timeline_tab.py" line="137" />
      <source>Timeline</source>
      <translation>Хронология</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/timeline_tab.py" line="193" />
      <source>Timeline: wheel or +/- to zoom, drag or arrows to move, Page Up/Down to step through events, Enter to open</source>
      <translation>Хронология: колесо или +/− меняют масштаб, перетаскивание или стрелки сдвигают, Page Up/Down переходят по событиям, Enter открывает</translation>
    </message>
  </context>
  <context>
    <name>TrialsTab</name>
    <message>
      <location filename="purges_desktop/views/trials_tab.py" line="83" />
      <source>Export defendants (CSV)</source>
      <translation>Экспорт подсудимых (CSV)</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/trials_tab.py" line="84" />
      <source>Save the defendants of this trial as a CSV file</source>
      <translation>Сохранить список подсудимых этого процесса в файл CSV</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/trials_tab.py" line="77" />
      <source>The show trials and the secret trials: choose one to see its bench, its defendants and what became of them.</source>
      <translation>Показательные и закрытые процессы: выберите процесс, чтобы увидеть состав суда, подсудимых и их судьбу.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/trials_tab.py" line="82" />
      <source>Trial details</source>
      <translation>Сведения о процессе</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/trials_tab.py" line="76" />
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
      <source>Held</source>
      <translation>Заседания</translation>
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
      <source>in public</source>
      <translation>открыто</translation>
    </message>
    <message>
      <location filename="purges_desktop/qtmodels/trials_model.py" line="26" />
      <source>in secret</source>
      <translation>закрыто</translation>
    </message>
  </context>
  <context>
    <name>YearBarChart</name>
    <message>
      <location filename="purges_desktop/views/charts/year_bars.py" line="376" />
      <source>Bar chart by year</source>
      <translation>Столбчатая диаграмма по годам</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/charts/year_bars.py" line="378" />
      <source>Bar chart, years %1. Series: %2.</source>
      <translation>Столбчатая диаграмма, годы %1. Ряды: %2.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/charts/year_bars.py" line="358" />
      <source>Point at a year to see its figures; Left and Right move between years</source>
      <translation>Наведите указатель на год, чтобы увидеть цифры; стрелки влево и вправо переходят между годами</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/charts/year_bars.py" line="381" />
      <source>Selected: %1.</source>
      <translation>Выбрано: %1.</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/charts/year_bars.py" line="358" />
      <source>Touch a year to see its figures</source>
      <translation>Коснитесь года, чтобы увидеть цифры</translation>
    </message>
    <message>
      <location filename="purges_desktop/views/charts/year_bars.py" line="126" />
      <source>Year</source>
      <translation>Год</translation>
    </message>
  </context>
</TS>
