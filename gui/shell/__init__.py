"""The application around the tabs: start-up, the main window, menus, dialogs, settings,
paths, the crash net. The top layer of the GUI: it may import every other gui package."""
