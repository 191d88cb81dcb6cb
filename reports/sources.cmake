target_sources(vafa_reports PRIVATE PrintService.h PrintService.cpp)
