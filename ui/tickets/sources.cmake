# files of ui/tickets
target_sources(vafa_ui PRIVATE
    tickets/TicketPages.h tickets/TicketPages.cpp)
