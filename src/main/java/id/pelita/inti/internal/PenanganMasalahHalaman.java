package id.pelita.inti.internal;

import id.pelita.inti.TidakDitemukan;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Page controllers: a missing record shows the friendly 404 page. */
@ControllerAdvice(annotations = Controller.class)
class PenanganMasalahHalaman {

    @ExceptionHandler(TidakDitemukan.class)
    ModelAndView tidakDitemukan() {
        var mav = new ModelAndView("error/404");
        mav.setStatus(HttpStatus.NOT_FOUND);
        mav.addObject("status", 404);
        return mav;
    }
}
