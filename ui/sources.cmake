target_sources(vafa_ui PRIVATE MainWindow.h MainWindow.cpp)
