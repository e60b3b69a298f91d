# SPDX-License-Identifier: GPL-3.0-or-later
"""The museum kiosk's window: attract screen, home, the tabs with large controls, the staff PIN pad.

A touch on the attract screen leads to the home (:class:`~purges_desktop.views.kiosk_home.KioskHome`), whose tiles
open the tabs; the big "Home" button above the tabs leads back to it. Full screen and frameless: the window takes
the whole screen and takes it again whenever something (a window manager, a screen change, the on-screen keyboard)
makes it smaller; nothing in it sets a minimum size larger than a 1024x768 screen. Its close event is refused unless
the staff PIN was given. The lock-down of keys and menus lives in
:class:`~purges_desktop.application.kiosk.KioskController`; this widget only shows things.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal, Slot
from PySide6.QtGui import QClipboard, QCloseEvent, QGuiApplication, QMouseEvent, QResizeEvent, QScreen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QPushButton,
    QScroller,
    QScrollerProperties,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from purges_desktop.domain.links import Kind
from purges_desktop.views.attract import AttractScreen
from purges_desktop.views.keyboard import OnScreenKeyboard
from purges_desktop.views.kiosk_home import KioskHome
from purges_desktop.views.pin_dialog import PinPad
from purges_desktop.views.retranslate import Retranslatable
from purges_desktop.views.safe import plain_label
from purges_desktop.views.tabs import TAB_NAMES
from purges_desktop.views.tabs_view import TabsView

if TYPE_CHECKING:
    from purges_desktop.application.language import Language
    from purges_desktop.application.navigation import Navigation
    from purges_desktop.domain.kiosk import KioskSettings

#: Below this width (a 1024 or 1280 px screen) the bar above the tabs uses narrower buttons (kiosk.qss).
COMPACT_BELOW_W = 1300
UNAVAILABLE = ("This exhibit is temporarily unavailable. We apologise.",
               "Экспозиция временно недоступна. Приносим извинения.")


class CornerLabel(QWidget):
    """The invisible hot corner at the top left: taps are counted for the staff exit.

    Signals:
        tapped(): a press on the corner.
    """

    tapped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(90, 70)
        self.setAccessibleName("")

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.tapped.emit()
        event.accept()


class KioskShell(Retranslatable, QWidget):
    """Everything a museum visitor sees.

    Signals:
        language_requested(str): a language button was touched.
        pin_entered(str): the staff entered a PIN.
    """

    language_requested = Signal(str)
    pin_entered = Signal(str)

    def __init__(self, navigation: Navigation, language: Language, settings: KioskSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskShell")
        self.settings = settings
        self.allow_close = False
        self.nav = navigation
        self.language = language
        self.tabs = TabsView(navigation, language, self)
        self.tabs.set_kiosk(True)
        for name in settings.hidden_views:
            self.tabs.set_tab_hidden(name)
        self.attract = AttractScreen(settings.languages, settings.attract_interval_s, self)
        self.home = KioskHome(settings, self)
        self.home.hide_views({Kind(name) for name in settings.hidden_views})
        self.full_screen = False
        self._filling = False
        self._watched: list[QObject] = []  # the window handle and screens whose changes make it fill the screen
        self.pin_pad = PinPad(self)
        self.unavailable = plain_label("\n\n".join(UNAVAILABLE), self)
        self.unavailable.setObjectName("unavailable")
        self.unavailable.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unavailable.setWordWrap(True)
        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.hide()
        self.corner = CornerLabel(self)
        self.home_button = QPushButton(self)
        self.back_button = QPushButton(self)
        self.forward_button = QPushButton(self)
        self.language_buttons: list[QPushButton] = []
        bar = QHBoxLayout()
        bar.addWidget(self.corner)
        for button in (self.home_button, self.back_button, self.forward_button):
            button.setObjectName("kioskNavButton")
            bar.addWidget(button)
        bar.addStretch(1)
        for lang in settings.languages:
            button = QPushButton({"en": "English", "ru": "Русский"}.get(lang, lang), self)
            button.setObjectName("languageButton")
            button.setCheckable(True)
            button.setAccessibleName(button.text())
            button.setProperty("lang", lang)
            button.clicked.connect(self._on_language_clicked)
            self.language_buttons.append(button)
            bar.addWidget(button)
        explore = QWidget(self)
        explore_layout = QVBoxLayout(explore)
        explore_layout.setContentsMargins(0, 0, 0, 0)
        explore_layout.addLayout(bar)
        explore_layout.addWidget(self.tabs, 1)
        explore_layout.addWidget(self.keyboard)
        self.explore_page = explore
        self.stack = QStackedWidget(self)
        self.no_result = plain_label("", explore)
        self.no_result.setObjectName("noResult")
        self.no_result.setWordWrap(True)
        self.no_result.hide()
        explore_layout.insertWidget(1, self.no_result)
        for page in (self.attract, self.home, explore, self.pin_pad, self.unavailable):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # No minimum size from the pages: the window fits any screen from 1024x768 up (the tabs squeeze, the home
        # scrolls); otherwise the widest page (1144 px for the old attract screen) kept it out of full screen.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.stack)

        self.home_button.clicked.connect(self.show_home)
        self.back_button.clicked.connect(self.nav.back)
        self.forward_button.clicked.connect(self.nav.forward)
        self.nav.history_changed.connect(self._on_history_changed)
        self.attract.explore_requested.connect(self._on_explore_requested)
        self.attract.language_requested.connect(self.language_requested)
        self.home.open_requested.connect(self._on_explore_requested)
        self.home.language_requested.connect(self.language_requested)
        self.pin_pad.pin_entered.connect(self.pin_entered)
        self.pin_pad.cancelled.connect(self.show_explore)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self.tabs.tab_created.connect(self._on_tab_created)
        language.changed.connect(self._on_language_changed)
        self._on_language_changed(language.code)
        self.retranslate_ui()
        self._on_history_changed()

    # ---- public API

    def enable_touch_scrolling(self) -> None:
        """Kinetic scrolling by finger on every list and page (a swipe would otherwise select text)."""
        for area in self.findChildren(QAbstractScrollArea):
            if QScroller.hasScroller(area.viewport()):
                # Grabbed already. Grabbing again replaces the scroller, and a tab is created (and this runs) in the
                # middle of a touch on the home page: replacing that page's scroller mid-gesture crashed Qt.
                continue
            QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
            if area is self.home:
                # The home is all buttons: a touch presses its tile at once (Qt holds a press back for a quarter of a
                # second by default, in case it starts a swipe), so a tap opens the tile, a swipe still scrolls.
                scroller = QScroller.scroller(area.viewport())
                properties = scroller.scrollerProperties()
                properties.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0.0)
                scroller.setScrollerProperties(properties)
            if isinstance(area, QAbstractItemView):
                area.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    @Slot()
    def show_attract(self) -> None:
        """Show the attract screen and start its cycle."""
        self.keyboard.hide()
        self.stack.setCurrentWidget(self.attract)
        self.attract.start()

    @Slot()
    def show_home(self) -> None:
        """Show the home: the headline, the entry tiles, what the exhibit covers."""
        self.attract.stop()
        self.keyboard.hide()
        self.home.verticalScrollBar().setValue(0)
        self.stack.setCurrentWidget(self.home)

    def set_full_screen(self, on: bool) -> None:
        """Keep (``True``) the window filling its screen: on every resize, state change, show and screen change it
        takes the screen's whole geometry again (no timer; under a bare X server no window manager does it)."""
        self.full_screen = on
        if on:
            self.fill_screen()

    def fill_screen(self) -> None:
        """Take the whole screen now, as a full-screen window, when it does not already."""
        if not self.full_screen or self._filling:
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        self._filling = True
        try:
            if self.isVisible() and not self.isFullScreen():
                self.setWindowState(self.windowState() | Qt.WindowState.WindowFullScreen)
            if self.geometry() != screen.geometry():
                self.setGeometry(screen.geometry())
        finally:
            self._filling = False

    @Slot()
    def show_explore(self) -> None:
        """Show the views."""
        self.attract.stop()
        self.stack.setCurrentWidget(self.explore_page)

    def show_pin_pad(self) -> None:
        """Ask staff for the PIN."""
        self.attract.stop()
        self.pin_pad.reset(self.tr("Staff only: enter the PIN"))
        self.stack.setCurrentWidget(self.pin_pad)

    def show_unavailable(self) -> None:
        """The calm page shown when the data cannot be loaded."""
        self.attract.stop()
        self.stack.setCurrentWidget(self.unavailable)

    def is_unavailable(self) -> bool:
        """True while the unavailable page is shown."""
        return self.stack.currentWidget() is self.unavailable

    def reset_to_start(self) -> None:
        """Everything back to how the first visitor found it (the language is reset by the caller): popups and
        other windows closed, every tab reset (searches, filters, selection, sort order), history cleared, the
        undo history of every text box and the clipboard emptied, the on-screen keyboard in the language's layout.
        """
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            popup = QApplication.activePopupWidget()
        for top in QApplication.topLevelWidgets():
            if top is not self and top.isVisible() and top.isWindow() and top is not self.window():
                top.close()
        self.tabs.reset()
        self.tabs.setCurrentIndex(TAB_NAMES.index(self.settings.start_view))
        self.nav.clear()
        self.forget_what_visitors_typed()
        self.keyboard.set_layout_name(self.language.code)
        if not self.is_unavailable():
            self.show_attract()

    def forget_what_visitors_typed(self) -> None:
        """Empty the undo/redo history of every text box and the clipboard: Ctrl+Z or Ctrl+V must not bring back
        what the last visitor typed or copied."""
        for edit in self.findChildren(QLineEdit):
            # setText() is the only public way to drop a QLineEdit's undo history (clear() is itself undoable).
            blocked = edit.blockSignals(True)
            edit.setText(edit.text())
            edit.blockSignals(blocked)
        clipboard = QGuiApplication.clipboard()
        clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            clipboard.clear(QClipboard.Mode.Selection)

    @Slot(str)
    def _on_language_changed(self, lang: str) -> None:
        self.attract.set_language(lang)
        for button in self.language_buttons:
            button.setChecked(button.property("lang") == lang)
        self.keyboard.set_layout_name(lang)

    # ---- Qt overrides

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None:
            if handle not in self._watched:
                self._watched.append(handle)
                handle.screenChanged.connect(self._on_screen_changed)
            self._on_screen_changed(handle.screen())
        self.fill_screen()

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fill_screen()
        compact = self.width() < COMPACT_BELOW_W
        if self.property("compact") != compact:
            # Narrower buttons above the tabs, so that the bar fits a 1024 px screen (kiosk.qss).
            self.setProperty("compact", compact)
            for button in (self.home_button, self.back_button, self.forward_button, *self.language_buttons):
                button.style().unpolish(button)
                button.style().polish(button)

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self.fill_screen()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.allow_close:
            event.accept()
        else:
            event.ignore()

    def retranslate_ui(self) -> None:
        """Set every visible string."""
        self.home_button.setText(self.tr("⌂ Home"))
        self.home_button.setAccessibleName(self.tr("Back to the home screen"))
        self.back_button.setText(self.tr("← Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.forward_button.setText(self.tr("Forward →"))
        self.forward_button.setAccessibleName(self.tr("Forward"))

    # ---- internals

    @Slot(QWidget)
    def _on_tab_created(self, tab: QWidget) -> None:
        self.enable_touch_scrolling()
        if getattr(tab, "record_kind", None) is Kind.PERSON:
            tab.model.modelReset.connect(self._update_no_result)  # type: ignore[attr-defined]
            tab.model.layoutChanged.connect(self._update_no_result)  # type: ignore[attr-defined]
            self.tabs.currentChanged.connect(self._update_no_result)

    @Slot()
    def _update_no_result(self) -> None:
        """A People search that finds nobody says what the exhibit covers and where else to look for a name."""
        people = self.tabs.people
        empty = (self.tabs.current_kind() is Kind.PEOPLE and people.data is not None
                 and people.model.rowCount() == 0 and people.model.total() > 0)
        if empty:
            self.no_result.setText(self.tr("Nobody here matches this search. %1")
                                   .replace("%1", self.settings.scope_note.get(self.language.code)))
        self.no_result.setVisible(empty)

    @Slot(QScreen)
    def _on_screen_changed(self, screen: QScreen | None) -> None:
        if screen is not None and screen not in self._watched:
            self._watched.append(screen)
            screen.geometryChanged.connect(self._on_screen_geometry_changed)
        self.fill_screen()

    @Slot(QRect)
    def _on_screen_geometry_changed(self, _geometry: QRect) -> None:
        self.fill_screen()

    @Slot(str)
    def _on_explore_requested(self, uri: str) -> None:
        """A touch on the attract screen leads home ("") or to the item it showed; a home tile to its view."""
        if not uri:
            self.show_home()
            return
        self.show_explore()
        self.nav.open(uri)

    @Slot()
    def _on_history_changed(self) -> None:
        self.back_button.setEnabled(self.nav.can_go_back())
        self.forward_button.setEnabled(self.nav.can_go_forward())

    @Slot()
    def _on_language_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton):
            self.language_requested.emit(str(button.property("lang")))

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        typing = isinstance(new, QLineEdit) and not new.isReadOnly() and self.tabs.isAncestorOf(new)
        if typing:
            self.keyboard.set_target(new)  # type: ignore[arg-type]
        self.keyboard.setVisible(typing)
