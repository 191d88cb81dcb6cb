# files of ui/loyalty: points
target_sources(vafa_ui PRIVATE
    loyalty/PointPages.h loyalty/PointPages.cpp)
