# files of models/loyalty: points, products and customer classes
target_sources(vafa_models PRIVATE
    loyalty/Catalog.h
    loyalty/PointRepository.h loyalty/PointRepository.cpp
    loyalty/Points.h
    loyalty/ProductRepository.h loyalty/ProductRepository.cpp
    loyalty/ProductService.h loyalty/ProductService.cpp)
